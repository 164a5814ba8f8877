package io.mediamon.alerter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.AlertWatch;
import io.mediamon.schema.Severity;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.schema.Watch;
import io.mediamon.schema.WatchEntity;
import io.mediamon.serde.TrustedSchemaPackages;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watches in the alerter: named on alerts, severity, catching stories the general rule holds back, changes live. */
class AlertWatchesTest {
  private static final Instant T0 = Instant.parse("2018-12-26T12:00:00Z");

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, Story> stories;
  private TestInputTopic<String, Watch> watches;
  private TestInputTopic<String, byte[]> rawWatches;
  private TestOutputTopic<String, Alert> alerts;

  @BeforeEach
  void setUp() {
    TrustedSchemaPackages.ensureTrusted();
    // As the benches and many desks set it: a story needs 3 articles before its NEW alert.
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString(),
        Setting.ALERTS_NEW_MIN_ARTICLES.key(), "3"));
    MediamonTopics topics = MediamonTopics.from(config);
    Properties props = StreamsSettings.forService(config, AlerterTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(AlerterTopology.build(config), props);
    stories = driver.createInputTopic(topics.stories().name(), topics.stories().keySerde().serializer(),
        topics.stories().valueSerde().serializer());
    watches = driver.createInputTopic(topics.watchlists().name(), topics.watchlists().keySerde().serializer(),
        topics.watchlists().valueSerde().serializer());
    rawWatches = driver.createInputTopic(topics.watchlists().name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    alerts = driver.createOutputTopic(topics.alerts().name(), topics.alerts().keySerde().deserializer(),
        topics.alerts().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void aWatchedStoryIsNewAtOnceAndNamesItsWatchesAndSeverity() {
    watches.pipeInput("taliban", watch("taliban", Severity.HIGH, List.of("Taliban"), List.of()));
    watches.pipeInput("talks", watch("talks", Severity.LOW, List.of(), List.of("talks")));
    watches.pipeInput("quakes", watch("quakes", Severity.CRITICAL, List.of(), List.of("earthquake")));
    stories.pipeInput("sty-1", story("sty-1", 1, List.of("o1")), T0);

    Alert alert = alerts.readValue();
    assertEquals(AlertKind.NEW, alert.getKind(), "one article: the general rule waits for 3, the watch does not");
    assertEquals(List.of("new story", "matches watch watch taliban", "matches watch watch talks"),
        alert.getChanges());
    assertEquals(List.of("taliban", "talks"), alert.getWatches().stream().map(AlertWatch::getWatchId).toList());
    assertEquals(List.of("Taliban"), alert.getWatches().get(0).getMatched());
    assertEquals(Severity.HIGH, alert.getSeverity(), "the highest of the matched watches");
    assertEquals("Zabihullah Mujahid", alert.getClaims().get(0).getSpeaker());
    assertEquals("https://o1.example/sty-1", alert.getClaims().get(0).getUrl());
  }

  @Test
  void anUnwatchedStoryWaitsForTheRuleAndAWatchAddedLaterTakesEffectWithoutARestart() {
    stories.pipeInput("sty-1", story("sty-1", 1, List.of("o1")), T0);
    assertTrue(alerts.isEmpty(), "no watch, one article: nothing yet");
    stories.pipeInput("sty-1", story("sty-1", 3, List.of("o1", "o2")), T0.plus(Duration.ofMinutes(5)));
    Alert first = alerts.readValue();
    assertEquals(AlertKind.NEW, first.getKind());
    assertEquals(List.of(), first.getWatches());
    assertNull(first.getSeverity());

    watches.pipeInput("taliban", watch("taliban", Severity.MEDIUM, List.of("Taliban"), List.of()));
    stories.pipeInput("sty-1", story("sty-1", 4, List.of("o1", "o2")), T0.plus(Duration.ofHours(1)));
    Alert update = alerts.readValue();
    assertEquals(AlertKind.UPDATE, update.getKind());
    assertEquals(List.of("matches watch watch taliban"), update.getChanges());

    watches.pipeInput("taliban", (Watch) null); // removed
    stories.pipeInput("sty-2", story("sty-2", 1, List.of("o1")), T0.plus(Duration.ofHours(2)));
    assertTrue(alerts.isEmpty(), "a removed watch catches nothing");
  }

  @Test
  void aWatchNeedingMoreOutletsWaitsForThem() {
    Watch watch = Watch.newBuilder(watch("taliban", Severity.HIGH, List.of("Taliban"), List.of())).setMinOutlets(2)
        .build();
    watches.pipeInput("taliban", watch);
    stories.pipeInput("sty-1", story("sty-1", 1, List.of("o1")), T0);
    assertTrue(alerts.isEmpty());
    stories.pipeInput("sty-1", story("sty-1", 2, List.of("o1", "o2")), T0.plus(Duration.ofMinutes(1)));
    assertEquals(List.of("taliban"), alerts.readValue().getWatches().stream().map(AlertWatch::getWatchId).toList());
  }

  @Test
  void anUnreadableOrInvalidWatchIsSkippedAndTheOthersApply() {
    rawWatches.pipeInput("garbage", "not avro".getBytes(StandardCharsets.UTF_8));
    watches.pipeInput("other-key", watch("taliban", Severity.HIGH, List.of("Taliban"), List.of()));
    watches.pipeInput("empty", watch("empty", Severity.HIGH, List.of(), List.of())); // would match everything
    watches.pipeInput("talks", watch("talks", Severity.LOW, List.of(), List.of("talks")));
    stories.pipeInput("sty-1", story("sty-1", 1, List.of("o1")), T0);
    assertEquals(List.of("talks"), alerts.readValue().getWatches().stream().map(AlertWatch::getWatchId).toList());
  }

  private static Watch watch(String id, Severity severity, List<String> entities, List<String> keywords) {
    return Watch.newBuilder().setWatchId(id).setName("watch " + id)
        .setEntities(entities.stream().map(e -> new WatchEntity(e, List.of())).toList()).setKeywords(keywords)
        .setStoryTypes(List.of()).setPlaces(List.of()).setMinOutlets(1).setSeverity(severity)
        .setDestinations(List.of()).setUpdatedAt(T0).build();
  }

  private static Story story(String id, int articles, List<String> outlets) {
    return AlerterTopologyTest.story(id, StoryOrigin.DISCOVERED, articles, outlets, List.of("Iran", "Taliban"),
        List.of(new StoryClaim("Zabihullah Mujahid", "the talks were useful", "a-" + id + "-o1")));
  }
}
