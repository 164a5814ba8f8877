package io.mediamon.alerter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.Event;
import io.mediamon.schema.EventOrigin;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlerterTopologyTest {
  private static final Instant T0 = Instant.parse("2018-12-26T12:00:00Z");

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, Event> events;
  private TestOutputTopic<String, Alert> alerts;

  @BeforeEach
  void setUp() {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    MediamonTopics topics = MediamonTopics.from(config);
    Properties props = StreamsSettings.forService(config, AlerterTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(AlerterTopology.build(config), props);
    events = driver.createInputTopic(topics.events().name(), topics.events().keySerde().serializer(),
        topics.events().valueSerde().serializer());
    alerts = driver.createOutputTopic(topics.alerts().name(), topics.alerts().keySerde().deserializer(),
        topics.alerts().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void newEventIsAlertedOnceAndCopiesOfTheStoryAddNothing() {
    events.pipeInput("e1", event(EventOrigin.PIPELINE, List.of("Iran", "Taliban"), List.of("a1"), List.of("outlet-a")));
    Alert first = alerts.readValue();
    assertEquals(AlertKind.NEW, first.getKind());
    assertEquals("e1", first.getEventId());
    assertEquals(List.of("new event"), first.getChanges());

    // the same story under another URL from the same outlet: a new article id, nothing material
    events.pipeInput("e1", event(EventOrigin.PIPELINE, List.of("Iran", "Taliban"), List.of("a1", "a1-copy"),
        List.of("outlet-a")));
    assertTrue(alerts.isEmpty(), "no second alert for a copy of the story");
  }

  @Test
  void materialChangesAreUpdatesNamingTheChange() {
    events.pipeInput("e1", event(EventOrigin.PIPELINE, List.of("Iran", "Taliban"), List.of("a1"), List.of("outlet-a")));
    alerts.readValue();
    events.pipeInput("e1", event(EventOrigin.PIPELINE, List.of("Iran", "Taliban", "Pakistan"), List.of("a1", "a2"),
        List.of("outlet-a", "outlet-b")));
    Alert update = alerts.readValue();
    assertEquals(AlertKind.UPDATE, update.getKind());
    assertEquals(List.of("new actor: Pakistan", "new source: outlet-b"), update.getChanges());
    assertTrue(alerts.isEmpty());
  }

  @Test
  void followedEventIsSilentUntilReportedThenUpdated() {
    events.pipeInput("f1", event(EventOrigin.ANALYST, List.of("United States", "Taliban"), List.of(), List.of()));
    assertTrue(alerts.isEmpty(), "loading a followed event is not news");
    events.pipeInput("f1", event(EventOrigin.ANALYST, List.of("United States", "Taliban"), List.of("a1"),
        List.of("outlet-a")));
    Alert alert = alerts.readValue();
    assertEquals(AlertKind.UPDATE, alert.getKind());
    assertEquals(List.of("first report on followed event"), alert.getChanges());
  }

  @Test
  void tombstoneIsIgnored() {
    events.pipeInput("e1", (Event) null);
    assertTrue(alerts.isEmpty());
  }

  private static Event event(EventOrigin origin, List<String> actors, List<String> articles, List<String> sources) {
    return Event.newBuilder().setEventId("e1").setTitle("Iran–Taliban talks").setEventType("CONSULT")
        .setActors(actors).setLocation(null).setOrigin(origin).setArticleIds(articles).setSources(sources)
        .setClaims(List.of()).setFirstSeen(articles.isEmpty() ? null : T0)
        .setLastSeen(articles.isEmpty() ? null : T0).setUpdatedAt(T0).build();
  }
}
