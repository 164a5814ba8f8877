package io.mediamon.spikes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.json.AvroJson;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.AlertSpike;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.SpikeSubject;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryMembership;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spike rule on the default settings (60-minute windows every 15 minutes, a baseline of 24 windows, 4 times the
 * baseline, at least 8 articles from 3 outlets), with the driver's record times: every article arrives a minute after
 * its publication.
 *
 * <p>The quiet history: the subject is reported at :05, :25 and :45 past every hour, so every window holds exactly 3
 * articles and, after a day, every baseline is 3.0 (threshold 12).
 */
public class SpikesTopologyTest {
  public static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
  private static final Duration ARRIVAL = Duration.ofMinutes(1);
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(read(Path.of("../../schemas/alert.schema.json")));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, EnrichedArticle> articles;
  private TestInputTopic<String, StoryMembership> memberships;
  private TestInputTopic<String, Story> stories;
  private TestOutputTopic<String, Alert> alerts;
  private TestOutputTopic<String, String> documents;
  private int sequence;

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
      driver = null;
    }
  }

  @Test
  void aBurstAfterAQuietDayIsOneSpikeTheMomentItsWindowCrosses() {
    start(Map.of());
    quietHours("Taliban", 0, 26);
    assertEquals(List.of(), alerts.readValuesToList(), "3 an hour is no spike, nor is it while there is no baseline");

    burst("Taliban", hour(26), 20, Duration.ofMinutes(1), 19);

    List<KeyValue<String, Alert>> spikes = alerts.readKeyValuesToList();
    assertEquals(1, spikes.size(), spikes.toString());
    assertEquals("entity:Taliban", spikes.get(0).key);
    Alert alert = spikes.get(0).value;
    assertEquals(AlertKind.SPIKE, alert.getKind());
    assertEquals("entity:Taliban", alert.getEventId());
    assertEquals("Taliban", alert.getTitle());
    assertEquals(List.of("Taliban"), alert.getActors());
    // The earliest window that holds the burst, 25:15-26:15, has two quiet articles (25:25, 25:45) and crosses 12
    // with the burst's 10th article (26:09), from 10 outlets of the burst and 2 quiet ones.
    AlertSpike spike = alert.getSpike();
    assertEquals(SpikeSubject.ENTITY, spike.getSubjectKind());
    assertEquals("Taliban", spike.getSubject());
    assertEquals(hour(25).plus(Duration.ofMinutes(15)), spike.getWindowStart());
    assertEquals(hour(26).plus(Duration.ofMinutes(15)), spike.getWindowEnd());
    assertEquals(12, spike.getArticles());
    assertEquals(12, spike.getOutlets());
    assertEquals(3.0, spike.getBaseline(), 1e-9);
    assertEquals(12, alert.getArticleCount());
    assertEquals(12, alert.getSourceCount());
    assertEquals(List.of("Taliban: 12 articles from 12 outlets in the last hour, 3 an hour is usual"),
        alert.getChanges());
    assertEquals(WindowCount.MAX_SAMPLES, alert.getTopArticles().size());
    assertEquals(hour(26).plus(Duration.ofMinutes(9)).plus(ARRIVAL), alert.getEmittedAt(),
        "made by the article that crossed, at its record time");
  }

  @Test
  void aSubjectThatStaysHighIsNotAlertedAgainButASecondBurstAfterCalmIs() {
    start(Map.of());
    quietHours("Taliban", 0, 26);
    burst("Taliban", hour(26), 20, Duration.ofMinutes(1), 19);
    assertEquals(1, alerts.readValuesToList().size());

    // Three more hours at 20 an hour: every window stays over the spike's threshold, and none triples the 12 alerted.
    burst("Taliban", hour(26).plus(Duration.ofMinutes(30)), 60, Duration.ofMinutes(3), 10);
    assertEquals(List.of(), alerts.readValuesToList(), "the same spike: no repeat while it stays high");

    // Back to 3 an hour for six hours: the subject comes back down.
    quietHours("Taliban", 30, 36);
    assertEquals(List.of(), alerts.readValuesToList());

    burst("Taliban", hour(36), 50, Duration.ofSeconds(30), 25);
    List<Alert> second = alerts.readValuesToList();
    assertEquals(1, second.size(), second.toString());
    AlertSpike spike = second.get(0).getSpike();
    assertTrue(spike.getBaseline() > 3.0, "the first spike raised the baseline: " + spike.getBaseline());
    assertTrue(spike.getArticles() >= 4 * spike.getBaseline(), spike.toString());
    assertTrue(!spike.getWindowStart().isBefore(hour(35)), spike.toString());
  }

  @Test
  void aSpikeThatTriplesAlertsOnceMoreAsAStepAndNotBeforeThat() {
    start(Map.of());
    quietHours("Taliban", 0, 26);
    burst("Taliban", hour(26), 20, Duration.ofMinutes(1), 19);
    assertEquals(1, alerts.readValuesToList().size());
    burst("Taliban", hour(26).plus(Duration.ofSeconds(20 * 60 + 30)), 30, Duration.ofSeconds(30), 19);
    List<Alert> step = alerts.readValuesToList();
    assertEquals(1, step.size(), step.toString());
    assertEquals(36, step.get(0).getSpike().getArticles(), "three times the 12 alerted");
    assertTrue(step.get(0).getChanges().get(0).contains("up from 12 at its last alert"), step.toString());
  }

  @Test
  void noEscalationWhenTheFactorIsZero() {
    start(Map.of(Setting.SPIKES_ESCALATION_FACTOR.key(), "0"));
    quietHours("Taliban", 0, 26);
    burst("Taliban", hour(26), 50, Duration.ofSeconds(30), 19);
    assertEquals(1, alerts.readValuesToList().size());
  }

  @Test
  void aBurstAcrossTheHourIsCaughtByHoppingWindowsAndMissedByTumblingOnes() {
    // 12 articles from 25:40 to 26:13, seven before the hour and five after, over the quiet 3 an hour (threshold 12).
    start(Map.of());
    quietHours("Taliban", 0, 27);
    burst("Taliban", hour(25).plus(Duration.ofMinutes(40)), 12, Duration.ofMinutes(3), 12);
    List<Alert> hopping = alerts.readValuesToList();
    assertEquals(1, hopping.size(), hopping.toString());
    assertEquals(hour(25).plus(Duration.ofMinutes(15)), hopping.get(0).getSpike().getWindowStart());

    close();
    start(Map.of(Setting.SPIKES_ADVANCE_MINUTES.key(), "60"));
    quietHours("Taliban", 0, 27);
    burst("Taliban", hour(25).plus(Duration.ofMinutes(40)), 12, Duration.ofMinutes(3), 12);
    assertEquals(List.of(), alerts.readValuesToList(), "each hour holds 3 quiet and 7 or 5 of the burst: under 12");
  }

  @Test
  void aBurstFromTooFewOutletsIsNoSpike() {
    start(Map.of());
    for (int h = 0; h < 26; h++) {
      burst("Taliban", hour(h).plus(Duration.ofMinutes(5)), 3, Duration.ofMinutes(20), 2);
    }
    burst("Taliban", hour(26), 40, Duration.ofMinutes(1), 2);
    assertEquals(List.of(), alerts.readValuesToList(), "two outlets' streams of updates are not a jump in coverage");
  }

  @Test
  void entitiesNamedInPassingDoNotCount() {
    start(Map.of());
    burst("Taliban", hour(26), 20, Duration.ofMinutes(1), 19);
    List<Alert> spikes = alerts.readValuesToList();
    assertEquals(List.of("entity:Taliban"), spikes.stream().map(Alert::getEventId).toList(),
        "Kabul is in every article, at salience 0.1");
  }

  @Test
  void aBackfilledBurstCountsButDoesNotAlert() {
    start(Map.of());
    quietHours("Taliban", 0, 26);
    // Published at 26:00 but fetched two days later: old news, past the grace of 60 minutes.
    for (int i = 0; i < 30; i++) {
      Instant published = hour(26).plus(Duration.ofMinutes(i));
      articles.pipeInput("late-" + i, SpikeInputs.article("late-" + i, "outlet-" + (i % 19), "Taliban", published),
          hour(26 + 48));
    }
    assertEquals(List.of(), alerts.readValuesToList());
  }

  @Test
  void aStorysBurstOfMembershipsIsASpikeNamedByTheStorysTitle() {
    start(Map.of());
    storyBurstAfterQuietHours("similar");
    List<KeyValue<String, Alert>> spikes = alerts.readKeyValuesToList();
    assertEquals(1, spikes.size(), spikes.toString());
    assertEquals("sty-9", spikes.get(0).key);
    AlertSpike spike = spikes.get(0).value.getSpike();
    assertEquals(SpikeSubject.STORY, spike.getSubjectKind());
    assertEquals("Iran–Taliban talks", spike.getSubject());
    assertEquals("Iran–Taliban talks", spikes.get(0).value.getTitle());
    assertEquals(List.of(), spikes.get(0).value.getActors());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"split", "merge"})
  void membershipsSentAgainAfterASplitOrAMergeDoNotCountTwice(String reason) {
    start(Map.of());
    // The burst of the test above, but as the articles of a story that split or merged, sent again: not new coverage.
    storyBurstAfterQuietHours(reason);
    assertEquals(List.of(), alerts.readKeyValuesToList());
  }

  /**
   * Story sty-9 titled "Iran–Taliban talks", three memberships an hour for 26 hours, then 20 in 20 minutes from 20
   * outlets, each with this reason.
   */
  private void storyBurstAfterQuietHours(String burstReason) {
    stories.pipeInput("sty-9", SpikeInputs.story("sty-9", "Iran–Taliban talks", hour(0)), hour(0));
    for (int h = 0; h < 26; h++) {
      for (int m : new int[] {5, 25, 45}) {
        Instant at = hour(h).plus(Duration.ofMinutes(m));
        String id = "m-" + sequence++;
        memberships.pipeInput(id, SpikeInputs.membership(id, "sty-9", "quiet-" + (m / 20), at), at.plus(ARRIVAL));
      }
    }
    for (int i = 0; i < 20; i++) {
      Instant at = hour(26).plus(Duration.ofMinutes(i));
      String id = "m-" + sequence++;
      StoryMembership membership = SpikeInputs.membership(id, "sty-9", "outlet-" + i, at);
      membership.setReason(burstReason);
      memberships.pipeInput(id, membership, at.plus(ARRIVAL));
    }
  }

  @Test
  void everySpikeIsAlsoAValidJsonDocumentUnderTheSameKey() throws Exception {
    start(Map.of());
    quietHours("Taliban", 0, 26);
    burst("Taliban", hour(26), 20, Duration.ofMinutes(1), 19);
    List<KeyValue<String, Alert>> avro = alerts.readKeyValuesToList();
    List<KeyValue<String, String>> json = documents.readKeyValuesToList();
    assertEquals(1, avro.size());
    assertEquals(avro.size(), json.size());
    assertEquals(avro.get(0).key, json.get(0).key);
    assertEquals(AvroJson.toJson(avro.get(0).value), JSON.readTree(json.get(0).value));
    var errors = SCHEMA.validate(JSON.readTree(json.get(0).value));
    assertTrue(errors.isEmpty(), errors + " in " + json.get(0).value);
    assertEquals("SPIKE", JSON.readTree(json.get(0).value).get("kind").asText());
    assertEquals(12, JSON.readTree(json.get(0).value).get("spike").get("articles").asInt());
  }

  @Test
  void aSubjectThatGoesQuietLeavesNothingBehind() {
    start(Map.of());
    burst("Taliban", hour(0), 20, Duration.ofMinutes(1), 19);
    assertEquals(1, alerts.readValuesToList().size(), "8 from 3 outlets against the floor");
    assertTrue(windows(SpikesStores.COUNTS, "entity:Taliban") > 0);
    assertTrue(windows(SpikesStores.ALERTED, "entity:Taliban") > 0);

    // Other subjects move time on, 45 hours: past the 27 hours the counts and the spike are kept.
    for (int h = 1; h <= 45; h++) {
      publish("Hamas", "quiet-0", hour(h));
    }
    assertEquals(0, windows(SpikesStores.COUNTS, "entity:Taliban"));
    assertEquals(0, windows(SpikesStores.DETAILS, "entity:Taliban"));
    assertTrue(windows(SpikesStores.COUNTS, "entity:Hamas") > 0);

    // A store expires by the times written to it: the old spike goes once the next spike is written.
    burst("Taliban", hour(46), 20, Duration.ofMinutes(1), 19);
    assertEquals(1, alerts.readValuesToList().size(), "a new spike, against the floor again");
    assertEquals(1, windows(SpikesStores.ALERTED, "entity:Taliban"));
  }

  /** How many windows of the subject the store still has. */
  private long windows(String store, String key) {
    try (var iterator = driver.getWindowStore(store).fetch(key, Instant.EPOCH, hour(100))) {
      long n = 0;
      while (iterator.hasNext()) {
        iterator.next();
        n++;
      }
      return n;
    }
  }

  static Instant hour(int h) {
    return T0.plus(Duration.ofHours(h));
  }

  /** 3 articles an hour, at :05, :25 and :45, from hour {@code from} up to (not including) {@code to}. */
  private void quietHours(String entity, int from, int to) {
    for (int h = from; h < to; h++) {
      for (int m : new int[] {5, 25, 45}) {
        publish(entity, "quiet-" + (m / 20), hour(h).plus(Duration.ofMinutes(m)));
      }
    }
  }

  /** {@code count} articles, one every {@code every} from {@code start}, from {@code outlets} outlets in turn. */
  private void burst(String entity, Instant start, int count, Duration every, int outlets) {
    for (int i = 0; i < count; i++) {
      publish(entity, "outlet-" + (i % outlets), start.plus(every.multipliedBy(i)));
    }
  }

  private void publish(String entity, String source, Instant published) {
    String id = "a-" + sequence++;
    articles.pipeInput(id, SpikeInputs.article(id, source, entity, published), published.plus(ARRIVAL));
  }

  private void start(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(overrides);
    settings.put(Setting.STATE_DIR.key(), stateDir.toString());
    MediamonConfig config = MediamonConfig.defaults().with(settings);
    MediamonTopics topics = MediamonTopics.from(config);
    Properties props = StreamsSettings.forService(config, SpikesTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(SpikesTopology.build(config), props);
    articles = driver.createInputTopic(topics.enriched().name(), topics.enriched().keySerde().serializer(),
        topics.enriched().valueSerde().serializer());
    memberships = driver.createInputTopic(topics.storyArticles().name(),
        topics.storyArticles().keySerde().serializer(), topics.storyArticles().valueSerde().serializer());
    stories = driver.createInputTopic(topics.stories().name(), topics.stories().keySerde().serializer(),
        topics.stories().valueSerde().serializer());
    alerts = driver.createOutputTopic(topics.alerts().name(), topics.alerts().keySerde().deserializer(),
        topics.alerts().valueSerde().deserializer());
    documents = driver.createOutputTopic(topics.alertsJson().name(), topics.alertsJson().keySerde().deserializer(),
        topics.alertsJson().valueSerde().deserializer());
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
