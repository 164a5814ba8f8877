package io.mediamon.alerter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertArticle;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.ArticleRef;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.schema.StoryTally;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class AlerterTopologyTest {
  private static final Instant T0 = Instant.parse("2018-12-26T12:00:00Z");
  private static final List<String> TALKS = List.of("Iran", "Taliban");

  @TempDir
  Path stateDir;

  private final List<TopologyTestDriver> drivers = new ArrayList<>();
  private TopologyTestDriver driver;
  private TestInputTopic<String, Story> stories;
  private TestOutputTopic<String, Alert> alerts;

  @AfterEach
  void tearDown() {
    drivers.forEach(TopologyTestDriver::close);
  }

  @Test
  void discoveredStoryIsNewOnceWithTheStoryAsItStands() {
    start(Map.of());
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);

    Alert alert = alerts.readValue();
    assertEquals(AlertKind.NEW, alert.getKind());
    assertEquals(List.of("new story"), alert.getChanges());
    assertEquals("sty-1", alert.getEventId());
    assertEquals("Iran–Taliban talks", alert.getTitle());
    assertEquals("Taliban delegation meets Iranian officials in Tehran", alert.getHeadline());
    assertEquals("DISCOVERED", alert.getOrigin());
    assertEquals("CONSULT", alert.getEventType());
    assertEquals(TALKS, alert.getActors());
    assertEquals("Tehran", alert.getLocation());
    assertEquals(LocalDate.of(2018, 12, 26), alert.getDate());
    assertEquals(1, alert.getArticleCount());
    assertEquals(1, alert.getSourceCount());
    assertEquals(List.of("outlet-1"), alert.getSources());
    assertEquals(List.of(new AlertArticle("https://outlet-1.example/sty-1", "Report by outlet-1", "outlet-1")),
        alert.getTopArticles());
    assertEquals(List.of("a-sty-1-outlet-1"), alert.getArticleIds());
    assertEquals(T0.minus(Duration.ofHours(1)), alert.getFirstSeen());
    assertEquals(T0, alert.getLastSeen());
    assertEquals(T0, alert.getEmittedAt(), "emittedAt is the record time, not the wall clock");

    // the same version again, hours later: a story is NEW only once
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()),
        T0.plus(Duration.ofHours(5)));
    assertTrue(alerts.isEmpty());
  }

  @Test
  void noNewAlertBeforeTheStoryHasEnoughArticlesAndOutlets() {
    start(Map.of(Setting.ALERTS_NEW_MIN_ARTICLES.key(), "3", Setting.ALERTS_NEW_MIN_SOURCES.key(), "2"));
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 2, outlets(2), TALKS, List.of()), at(1));
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 5, outlets(1), TALKS, List.of()), at(2));
    // a story that never gets there never alerts
    stories.pipeInput("sty-2", story("sty-2", StoryOrigin.DISCOVERED, 9, outlets(1), TALKS, List.of()), at(3));
    assertTrue(alerts.isEmpty(), "2 articles from 2 outlets, or 5 from 1, do not qualify");

    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 3, outlets(2), TALKS, List.of()), at(4));
    Alert alert = alerts.readValue();
    assertEquals(AlertKind.NEW, alert.getKind());
    assertEquals(List.of("new story"), alert.getChanges());
    assertEquals(at(4), alert.getEmittedAt());
    assertTrue(alerts.isEmpty());
  }

  @Test
  void aStoryNoReportOfWhichSaysWhoDidWhatToWhomIsNewOnlyOnceCorroborated() {
    start(Map.of());
    int needed = Integer.parseInt(Setting.ALERTS_UNTYPED_NEW_MIN_ARTICLES.defaultValue());
    assertTrue(needed > 1, "the default holds back the NEW of a story without a type");
    for (int n = 1; n < needed; n++) {
      stories.pipeInput("sty-1", untyped(story("sty-1", StoryOrigin.DISCOVERED, n, outlets(n), TALKS, List.of())),
          at(n));
    }
    assertTrue(alerts.isEmpty(), "one report that says no who-did-what-to-whom is not a NEW story yet");
    stories.pipeInput("sty-1", untyped(story("sty-1", StoryOrigin.DISCOVERED, needed, outlets(needed), TALKS,
        List.of())), at(needed));
    Alert alert = alerts.readValue();
    assertEquals(AlertKind.NEW, alert.getKind());
    assertEquals(List.of("new story"), alert.getChanges());
    assertNull(alert.getEventType());
    assertTrue(alerts.isEmpty());
  }

  @Test
  void aStoryWhoseReportsNameTwoPartiesOnlyDeepInTheirTextWaitsLikeOneWithoutAType() {
    start(Map.of());
    int needed = Integer.parseInt(Setting.ALERTS_UNTYPED_NEW_MIN_ARTICLES.defaultValue());
    Story deep = Story.newBuilder(story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()))
        .setLeadReports(0).build();
    assertEquals("CONSULT", deep.getStoryType(), "a mention in a later paragraph still gives the story a type");
    stories.pipeInput("sty-1", deep, T0);
    assertTrue(alerts.isEmpty(), "a report that names the two parties only in a later paragraph is not a NEW yet");
    stories.pipeInput("sty-1", Story.newBuilder(story("sty-1", StoryOrigin.DISCOVERED, needed, outlets(needed), TALKS,
        List.of())).setLeadReports(0).build(), at(needed));
    Alert alert = alerts.readValue();
    assertEquals(AlertKind.NEW, alert.getKind());
    assertEquals("CONSULT", alert.getEventType());
  }

  @Test
  void aStoryOfBothKindsWaitsForTheLargerCount() {
    start(Map.of(Setting.ALERTS_UNTYPED_NEW_MIN_ARTICLES.key(), "4", Setting.ALERTS_RELATED_NEW_MIN_ARTICLES.key(),
        "2"));
    for (int n = 1; n < 4; n++) {
      stories.pipeInput("sty-2", untyped(related(story("sty-2", StoryOrigin.DISCOVERED, n, outlets(1), TALKS,
          List.of()), "sty-1")), at(n));
    }
    assertTrue(alerts.isEmpty(), "related (2) and without a type (4): waits for 4");
    stories.pipeInput("sty-2", untyped(related(story("sty-2", StoryOrigin.DISCOVERED, 4, outlets(1), TALKS,
        List.of()), "sty-1")), at(4));
    assertEquals(List.of("new story, related to sty-1"), alerts.readValue().getChanges());
  }

  @Test
  void withTheUntypedMinimumAtOneAStoryWithoutATypeIsNewOnItsFirstReport() {
    start(Map.of(Setting.ALERTS_UNTYPED_NEW_MIN_ARTICLES.key(), "1"));
    stories.pipeInput("sty-1", untyped(story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of())), T0);
    assertEquals(AlertKind.NEW, alerts.readValue().getKind());
  }

  @Test
  void aStoryRelatedToAnEarlierOneIsNewOnlyOnceItHasTheRelatedNumberOfArticles() {
    start(Map.of());
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);
    assertEquals(AlertKind.NEW, alerts.readValue().getKind(), "an unrelated story: NEW on the first report");
    int needed = Integer.parseInt(Setting.ALERTS_RELATED_NEW_MIN_ARTICLES.defaultValue());
    assertTrue(needed > 1, "the default holds a related story's NEW back");
    for (int n = 1; n < needed; n++) {
      stories.pipeInput("sty-2", related(story("sty-2", StoryOrigin.DISCOVERED, n, outlets(1), TALKS, List.of()),
          "sty-1"), at(n));
    }
    assertTrue(alerts.isEmpty(), "a report related to an announced story is not a NEW story yet");
    stories.pipeInput("sty-2", related(story("sty-2", StoryOrigin.DISCOVERED, needed, outlets(1), TALKS, List.of()),
        "sty-1"), at(needed));
    Alert alert = alerts.readValue();
    assertEquals(AlertKind.NEW, alert.getKind());
    assertEquals("sty-2", alert.getEventId());
    assertEquals(List.of("new story, related to sty-1"), alert.getChanges());
    assertTrue(alerts.isEmpty());
  }

  @Test
  void withTheRelatedMinimumAtOneARelatedStoryIsNewOnItsFirstReport() {
    start(Map.of(Setting.ALERTS_RELATED_NEW_MIN_ARTICLES.key(), "1"));
    stories.pipeInput("sty-2", related(story("sty-2", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()),
        "sty-1"), T0);
    assertEquals(AlertKind.NEW, alerts.readValue().getKind());
  }

  @Test
  void followedEventIsSilentUntilItsFirstReportWhichIsAnUpdate() {
    // thresholds are for discovered stories: a followed event is already known to the desk
    start(Map.of(Setting.ALERTS_NEW_MIN_SOURCES.key(), "2"));
    stories.pipeInput("evt-us-taliban", story("evt-us-taliban", StoryOrigin.FOLLOWED, 0, List.of(), TALKS,
        List.of()), T0);
    assertTrue(alerts.isEmpty(), "loading a followed event is not news");

    stories.pipeInput("evt-us-taliban", story("evt-us-taliban", StoryOrigin.FOLLOWED, 1, outlets(1), TALKS,
        List.of()), at(1));
    Alert alert = alerts.readValue();
    assertEquals(AlertKind.UPDATE, alert.getKind());
    assertEquals(List.of("first report on followed event"), alert.getChanges());
    assertEquals("evt-us-taliban", alert.getEventId());
    assertEquals("FOLLOWED", alert.getOrigin());
    assertTrue(alerts.isEmpty());
  }

  @Test
  void outletCountEscalatesAtEachStepAndIsSilentInBetween() {
    start(Map.of(Setting.ALERTS_SOURCE_STEPS.key(), "3,10,30"));
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);
    assertEquals(AlertKind.NEW, alerts.readValue().getKind());

    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 2, outlets(2), TALKS, List.of()), at(1));
    assertTrue(alerts.isEmpty(), "2 outlets reach no step");
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 3, outlets(3), TALKS, List.of()), at(2));
    Alert escalation = alerts.readValue();
    assertEquals(AlertKind.UPDATE, escalation.getKind());
    assertEquals(List.of("sources: 3 (was 1)"), escalation.getChanges());
    assertEquals(3, escalation.getSourceCount());

    for (int n = 4; n <= 9; n++) {
      stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, n, outlets(n), TALKS, List.of()), at(n));
    }
    assertTrue(alerts.isEmpty(), "4 to 9 outlets are the same step as 3");

    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 12, outlets(10), TALKS, List.of()), at(10));
    assertEquals(List.of("sources: 10 (was 3)"), alerts.readValue().getChanges());
    assertTrue(alerts.isEmpty());
  }

  @Test
  void newActorIsAnUpdateButTheSameActorsReorderedAreNot() {
    start(Map.of());
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);
    alerts.readValue();

    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 2, outlets(1),
        List.of("Iran", "Taliban", "Pakistan"), List.of()), at(1));
    Alert update = alerts.readValue();
    assertEquals(AlertKind.UPDATE, update.getKind());
    assertEquals(List.of("new actor: Pakistan"), update.getChanges());

    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 3, outlets(1),
        List.of("Pakistan", "Taliban", "Iran"), List.of()), at(2));
    assertTrue(alerts.isEmpty());
  }

  @Test
  void anActorWhoseNameIsNowWrittenWithAMiddleInitialIsNoNewActor() {
    start(Map.of());
    report("sty-1", 1, List.of("Dana Orlov", "Port Elmar Council"), T0);
    alerts.readValue();

    report("sty-1", 2, List.of("Dana K. Orlov", "Port Elmar Council"), at(1));
    assertTrue(alerts.isEmpty(), "the same person, her name as another outlet writes it");

    report("sty-1", 3, List.of("Dana K. Orlov", "Port Elmar Council", "Ivo Orlov"), at(2));
    assertEquals(List.of("new actor: Ivo Orlov"), alerts.readValue().getChanges(), "another Orlov is another actor");
  }

  @Test
  void anActorKnownByASurnameIsNoNewActorUnderItsFullNameUnlessTheSurnameIsStillListed() {
    start(Map.of());
    report("sty-1", 1, List.of("Orlov", "Port Elmar Council"), T0);
    alerts.readValue();
    report("sty-1", 2, List.of("Dana Orlov", "Port Elmar Council"), at(1));
    assertTrue(alerts.isEmpty(), "the surname's full name, now that the story knows it");

    report("sty-2", 1, List.of("Orlov", "Port Elmar Council"), at(2));
    alerts.readValue();
    report("sty-2", 2, List.of("Orlov", "Ivo Orlov", "Port Elmar Council"), at(3));
    assertEquals(List.of("new actor: Ivo Orlov"), alerts.readValue().getChanges(),
        "the surname is still listed apart: its full name may be another of the family");
  }

  /** A discovered story from one outlet, as it stands after its {@code articles}-th article, naming these actors. */
  private void report(String storyId, int articles, List<String> actors, Instant at) {
    stories.pipeInput(storyId, story(storyId, StoryOrigin.DISCOVERED, articles, outlets(1), actors, List.of()), at);
  }

  @Test
  void claimByANewSpeakerIsAnUpdate() {
    start(Map.of());
    StoryClaim mujahid = claim("Zabihullah Mujahid", "The talks were about the future of Afghanistan");
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of(mujahid)), T0);
    alerts.readValue();

    StoryClaim araghchi = claim("Abbas Araghchi", "Iran wants a political settlement");
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 2, outlets(1), TALKS,
        List.of(mujahid, araghchi)), at(1));
    assertEquals(List.of("new claim: Abbas Araghchi: Iran wants a political settlement"),
        alerts.readValue().getChanges());

    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 3, outlets(1), TALKS,
        List.of(mujahid, araghchi)), at(2));
    assertTrue(alerts.isEmpty(), "a speaker the last alert had is not new");
  }

  @Test
  void moreArticlesFromTheSameOutletsAreNotMaterial() {
    start(Map.of());
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(2), TALKS, List.of()), T0);
    alerts.readValue();
    for (int articles = 2; articles <= 6; articles++) {
      Story more = story("sty-1", StoryOrigin.DISCOVERED, articles, outlets(2), TALKS, List.of());
      // the same story under another URL of the same outlet
      more.getTopArticles().add(new ArticleRef("a-copy-" + articles, "https://outlet-1.example/amp/" + articles,
          "Report by outlet-1", "outlet-1", T0));
      stories.pipeInput("sty-1", more, at(articles));
    }
    assertTrue(alerts.isEmpty());
  }

  @Test
  void changeWithinTheIntervalIsHeldAndTheNextRecordSendsEveryChangeSinceTheLastAlert() {
    start(Map.of(Setting.ALERTS_UPDATE_MIN_INTERVAL_MINUTES.key(), "30"));
    StoryClaim araghchi = claim("Abbas Araghchi", "Iran wants a political settlement");
    List<String> withPakistan = List.of("Iran", "Taliban", "Pakistan");
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);
    assertEquals(AlertKind.NEW, alerts.readValue().getKind());

    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 2, outlets(1), withPakistan, List.of()),
        minutes(5));
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 3, outlets(1), withPakistan,
        List.of(araghchi)), minutes(10));
    assertTrue(alerts.isEmpty(), "changes within 30 minutes of the NEW alert are held");

    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 4, outlets(1), withPakistan,
        List.of(araghchi)), minutes(31));
    Alert update = alerts.readValue();
    assertEquals(AlertKind.UPDATE, update.getKind());
    assertEquals(List.of("new actor: Pakistan", "new claim: Abbas Araghchi: Iran wants a political settlement"),
        update.getChanges());
    assertEquals(4, update.getArticleCount(), "the alert carries the latest version of the story");
    assertEquals(minutes(31), update.getEmittedAt());
    assertTrue(alerts.isEmpty());
    assertNull(pendingStore().get("sty-1"), "nothing is held any more");

    // the interval counts from this alert now
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 5, outlets(3), withPakistan,
        List.of(araghchi)), minutes(40));
    assertTrue(alerts.isEmpty());
  }

  @Test
  void aLaterRecordOfAnotherStorySendsHeldChangesOfAQuietStory() {
    start(Map.of(Setting.ALERTS_UPDATE_MIN_INTERVAL_MINUTES.key(), "30"));
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);
    alerts.readValue();
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 2, outlets(3), TALKS, List.of()), minutes(5));
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 3, outlets(3),
        List.of("Iran", "Taliban", "Pakistan"), List.of()), minutes(10));

    // another story moves stream time on, not yet past sty-1's interval
    stories.pipeInput("sty-2", story("sty-2", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), minutes(20));
    assertEquals(List.of(new KeyValue<>("sty-2", AlertKind.NEW)), kinds(alerts.readKeyValuesToList()));
    // wall-clock time does not count
    driver.advanceWallClockTime(Duration.ofHours(2));
    assertTrue(alerts.isEmpty());

    stories.pipeInput("sty-3", story("sty-3", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), minutes(35));
    Map<String, Alert> byStory = new HashMap<>();
    alerts.readKeyValuesToList().forEach(kv -> byStory.put(kv.key, kv.value));
    assertEquals(2, byStory.size());
    assertEquals(AlertKind.NEW, byStory.get("sty-3").getKind());
    Alert held = byStory.get("sty-1");
    assertEquals(AlertKind.UPDATE, held.getKind());
    assertEquals(List.of("sources: 3 (was 1)", "new actor: Pakistan"), held.getChanges());
    assertEquals(minutes(35), held.getEmittedAt(), "emittedAt is the time of the record that sent it");
    assertNull(pendingStore().get("sty-1"));

    // sent once: neither later records nor the story's next record send it again
    stories.pipeInput("sty-3", story("sty-3", StoryOrigin.DISCOVERED, 2, outlets(1), TALKS, List.of()), minutes(90));
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 4, outlets(3),
        List.of("Iran", "Taliban", "Pakistan"), List.of()), minutes(95));
    assertTrue(alerts.isEmpty());
  }

  @Test
  void sameInputThroughFreshDriversGivesByteIdenticalAlerts() {
    List<TestRecord<String, byte[]>> first = replay(stateDir.resolve("first"));
    List<TestRecord<String, byte[]>> second = replay(stateDir.resolve("second"));
    assertEquals(List.of("sty-1 NEW", "sty-2 NEW", "sty-1 UPDATE", "evt-1 UPDATE", "sty-3 NEW"), written(first),
        "the followed event's record first sends sty-1's held changes (sty-2's were deleted), then its own report");
    assertEquals(first.size(), second.size());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.get(i).key(), second.get(i).key());
      assertEquals(first.get(i).timestamp(), second.get(i).timestamp());
      assertArrayEquals(first.get(i).value(), second.get(i).value(), "alert " + i);
    }
  }

  @Test
  void tombstoneDeletesTheStorysStateAndHeldChanges() {
    start(Map.of());
    stories.pipeInput("sty-gone", (Story) null, T0);
    assertTrue(alerts.isEmpty(), "a tombstone of a story never alerted is nothing");

    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);
    alerts.readValue();
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 2, outlets(1),
        List.of("Iran", "Taliban", "Pakistan"), List.of()), minutes(5));
    assertTrue(alerts.isEmpty());
    assertNotNull(pendingStore().get("sty-1"), "the new actor is held");

    stories.pipeInput("sty-1", (Story) null, minutes(6));
    assertNull(lastAlertedStore().get("sty-1"));
    assertNull(pendingStore().get("sty-1"));
    stories.pipeInput("sty-2", story("sty-2", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), minutes(60));
    assertEquals(List.of(new KeyValue<>("sty-2", AlertKind.NEW)), kinds(alerts.readKeyValuesToList()),
        "the deleted story's held change is not sent");

    // the state is gone: should the id come back, it is a story of its own again
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), minutes(61));
    assertEquals(AlertKind.NEW, alerts.readValue().getKind());
  }

  @Test
  void storyWithoutAKeyDecidesNothing() {
    start(Map.of());
    stories.pipeInput((String) null, story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);
    assertTrue(alerts.isEmpty());
    try (var all = lastAlertedStore().all()) {
      assertFalse(all.hasNext());
    }
  }

  @Test
  void everyProcessorAndStoreIsNamed() {
    Topology topology = AlerterTopology.build(MediamonConfig.defaults());
    List<String> nodes = new ArrayList<>();
    List<String> stores = new ArrayList<>();
    for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
      for (TopologyDescription.Node node : sub.nodes()) {
        nodes.add(node.name());
        if (node instanceof TopologyDescription.Processor processor) {
          stores.addAll(processor.stores());
        }
      }
    }
    assertEquals(List.of("alerter-read-stories", "alerter-decide", "alerter-commit-alerts", "alerter-alert-as-json",
        "alerter-write-alerts", "alerter-write-alerts-json"), nodes);
    assertEquals(List.of("alerter-last-alerted", "alerter-pending"), stores.stream().sorted().toList());
    // start() builds the driver with ensure.explicit.internal.resource.naming=true (StreamsSettings)
    start(Map.of());
  }

  /** A little of everything, including held changes, through a fresh driver; the alerts as written. */
  private List<TestRecord<String, byte[]>> replay(Path dir) {
    MediamonTopics topics = start(Map.of(Setting.STATE_DIR.key(), dir.toString()));
    TestOutputTopic<String, byte[]> raw = driver.createOutputTopic(topics.alerts().name(),
        Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    StoryClaim araghchi = claim("Abbas Araghchi", "Iran wants a political settlement");
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), T0);
    stories.pipeInput("sty-2", story("sty-2", StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of()), minutes(2));
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 2, outlets(3), TALKS, List.of()), minutes(5));
    stories.pipeInput("evt-1", story("evt-1", StoryOrigin.FOLLOWED, 0, List.of(), TALKS, List.of()), minutes(6));
    stories.pipeInput("sty-1", story("sty-1", StoryOrigin.DISCOVERED, 3, outlets(3),
        List.of("Iran", "Taliban", "Pakistan"), List.of()), minutes(10));
    stories.pipeInput("sty-2", story("sty-2", StoryOrigin.DISCOVERED, 2, outlets(1), TALKS, List.of(araghchi)),
        minutes(12));
    stories.pipeInput("sty-2", (Story) null, minutes(20));
    stories.pipeInput("evt-1", story("evt-1", StoryOrigin.FOLLOWED, 1, outlets(1), TALKS, List.of()), minutes(40));
    stories.pipeInput("sty-3", story("sty-3", StoryOrigin.DISCOVERED, 1, outlets(2), TALKS, List.of()), minutes(42));
    return raw.readRecordsToList();
  }

  private MediamonTopics start(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of(Setting.STATE_DIR.key(),
        stateDir.resolve("driver-" + drivers.size()).toString()));
    settings.putAll(overrides);
    MediamonConfig config = MediamonConfig.defaults().with(settings);
    MediamonTopics topics = MediamonTopics.from(config);
    Properties props = StreamsSettings.forService(config, AlerterTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(AlerterTopology.build(config), props);
    drivers.add(driver);
    stories = driver.createInputTopic(topics.stories().name(), topics.stories().keySerde().serializer(),
        topics.stories().valueSerde().serializer());
    alerts = driver.createOutputTopic(topics.alerts().name(), topics.alerts().keySerde().deserializer(),
        topics.alerts().valueSerde().deserializer());
    return topics;
  }

  private KeyValueStore<String, Story> pendingStore() {
    return driver.getKeyValueStore(AlerterTopology.PENDING_STORE);
  }

  private KeyValueStore<String, AlertedStory> lastAlertedStore() {
    return driver.getKeyValueStore(AlerterTopology.LAST_ALERTED_STORE);
  }

  private static List<String> written(List<TestRecord<String, byte[]>> written) {
    MediamonTopics topics = MediamonTopics.from(MediamonConfig.defaults());
    return written.stream().map(r -> r.key() + " "
        + topics.alerts().valueSerde().deserializer().deserialize(topics.alerts().name(), r.value()).getKind())
        .toList();
  }

  private static List<KeyValue<String, AlertKind>> kinds(List<KeyValue<String, Alert>> alerts) {
    return alerts.stream().map(kv -> new KeyValue<>(kv.key, kv.value.getKind())).toList();
  }

  private static Instant at(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static Instant minutes(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  public static List<String> outlets(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "outlet-" + i).toList();
  }

  private static StoryClaim claim(String speaker, String content) {
    return new StoryClaim(speaker, content, "a-claim-" + speaker.hashCode());
  }

  /** The story as it is while none of its reports says who did what to whom: it has no type. */
  private static Story untyped(Story story) {
    return Story.newBuilder(story).setStoryType(null).setLeadReports(0).build();
  }

  /** The story, started as a split-off of the given one (a related story). */
  private static Story related(Story story, String relatedStoryId) {
    return Story.newBuilder(story).setRelatedStoryId(relatedStoryId).build();
  }

  /**
   * A version of a story as the correlator writes it: the first article of each outlet is a top article. (Also used by
   * the bad-input corpus, badinput.PoisonedStoriesTopicTest.)
   */
  public static Story story(String id, StoryOrigin origin, int articles, List<String> outlets, List<String> actors,
      List<StoryClaim> claims) {
    List<ArticleRef> top = new ArrayList<>();
    outlets.stream().limit(5).forEach(outlet -> top.add(new ArticleRef("a-" + id + "-" + outlet,
        "https://" + outlet + ".example/" + id, "Report by " + outlet, outlet, T0)));
    return Story.newBuilder()
        .setStoryId(id)
        .setOrigin(origin)
        .setTitle("Iran–Taliban talks")
        .setHeadline("Taliban delegation meets Iranian officials in Tehran")
        .setStoryType("CONSULT")
        .setActors(actors)
        .setPlace("Tehran")
        .setDate(LocalDate.of(2018, 12, 26))
        .setArticleCount(articles)
        .setLeadReports(articles)
        .setSourceCount(outlets.size())
        .setSources(outlets)
        .setTopArticles(top)
        .setClaims(claims)
        .setFirstSeen(T0.minus(Duration.ofHours(1)))
        .setLastSeen(T0)
        .setUpdatedAt(T0)
        .setTally(new StoryTally(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of()))
        .build();
  }
}
