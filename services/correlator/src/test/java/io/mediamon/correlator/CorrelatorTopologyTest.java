package io.mediamon.correlator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.schema.EventMention;
import io.mediamon.schema.EventOrigin;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrelatorTopologyTest {
  private static final Instant T0 = Instant.parse("2018-12-26T12:00:00Z");

  @TempDir
  Path stateDir;

  private MediamonTopics topics;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Event> eventsIn;
  private TestInputTopic<String, EnrichedArticle> articlesIn;
  private TestOutputTopic<String, Event> eventsOut;

  @BeforeEach
  void setUp() {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    topics = MediamonTopics.from(config);
    Properties props = StreamsSettings.forService(config, CorrelatorTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(CorrelatorTopology.build(config), props);
    eventsIn = driver.createInputTopic(topics.events().name(), topics.events().keySerde().serializer(),
        topics.events().valueSerde().serializer());
    articlesIn = driver.createInputTopic(topics.enriched().name(), topics.enriched().keySerde().serializer(),
        topics.enriched().valueSerde().serializer());
    eventsOut = driver.createOutputTopic(topics.events().name(), topics.events().keySerde().deserializer(),
        topics.events().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void attachesMatchingMentionToFollowedEventAndStartsNewEventForTheRest() {
    eventsIn.pipeInput("evt-followed", followedEvent(), T0);
    eventsOut.readRecordsToList(); // the analyst's own record

    articlesIn.pipeInput("a1", article("a1", "outlet-a",
        mention(List.of("Taliban"), "CONSULT", List.of("United States", "Pakistan"), "Abu Dhabi"),
        mention(List.of("Iran"), "CONSULT", List.of("Taliban"), null)), T0.plusSeconds(60));

    Map<String, Event> written = eventsOut.readKeyValuesToMap();
    assertEquals(2, written.size(), "one followed event updated and one new event: " + written.keySet());
    Event followed = written.get("evt-followed");
    assertEquals(List.of("a1"), followed.getArticleIds());
    assertEquals(List.of("outlet-a"), followed.getSources());
    assertTrue(followed.getActors().contains("Pakistan"), "a new participant joins the event");
    assertEquals(EventOrigin.ANALYST, followed.getOrigin());

    Event created = written.values().stream().filter(e -> e.getOrigin() == EventOrigin.PIPELINE).findFirst()
        .orElseThrow();
    assertEquals(List.of("Iran", "Taliban"), created.getActors());
    assertEquals("Iran–Taliban talks", created.getTitle());
    assertEquals(List.of("a1"), created.getArticleIds());
    assertTrue(created.getClaims().stream().anyMatch(c -> c.startsWith("Ali Shamkhani: ")),
        "a claim naming a participant belongs to the event: " + created.getClaims());
  }

  @Test
  void sameArticleTwiceWritesNothingTheSecondTime() {
    EnrichedArticle a1 = article("a1", "outlet-a", mention(List.of("Iran"), "CONSULT", List.of("Taliban"), null));
    articlesIn.pipeInput("a1", a1, T0);
    assertEquals(1, eventsOut.readRecordsToList().size());

    articlesIn.pipeInput("a1", a1, T0.plusSeconds(5));
    assertTrue(eventsOut.isEmpty(), "an unchanged event is not written again");
  }

  @Test
  void secondArticleAboutNewEventJoinsItEvenBeforeItComesBackThroughTheEventsTopic() {
    articlesIn.pipeInput("a1", article("a1", "outlet-a", mention(List.of("Iran"), "CONSULT", List.of("Taliban"), null)), T0);
    articlesIn.pipeInput("a2", article("a2", "outlet-b",
        mention(List.of("Taliban"), "NEGOTIATE", List.of("Iranian officials", "Iran"), null)), T0.plusSeconds(1));
    List<KeyValue<String, Event>> written = eventsOut.readKeyValuesToList();
    assertEquals(2, written.size());
    assertEquals(written.get(0).key, written.get(1).key, "both articles are about one event");
    assertEquals(List.of("a1", "a2"), written.get(1).value.getArticleIds());
  }

  @Test
  void mentionOfSomethingLongPastStartsNoEventButStillJoinsAFollowedOne() {
    eventsIn.pipeInput("evt-followed", followedEvent(), T0);
    eventsOut.readRecordsToList();
    EventMention history = mention(List.of("Taliban"), "ASSAULT", List.of("Kabul police"), null);
    history.setDate(LocalDate.parse("2018-10-18")); // about two months before the article
    EventMention pastTalks = mention(List.of("Zalmay Khalilzad"), "CONSULT", List.of("Taliban"), "Qatar");
    pastTalks.setDate(LocalDate.parse("2018-10-12"));
    EnrichedArticle article = article("a1", "outlet-a", history, pastTalks);
    article.setPublishedAt(Instant.parse("2018-12-26T09:00:00Z"));
    articlesIn.pipeInput("a1", article, T0);
    Map<String, Event> written = eventsOut.readKeyValuesToMap();
    assertEquals(List.of("evt-followed"), List.copyOf(written.keySet()));
  }

  @Test
  void mentionWithOneSharedActorIsNotEnoughToJoinAFollowedEvent() {
    eventsIn.pipeInput("evt-followed", followedEvent(), T0);
    eventsOut.readRecordsToList();
    articlesIn.pipeInput("a1", article("a1", "outlet-a", mention(List.of("Iran"), "CONSULT", List.of("Taliban"), null)), T0);
    Event written = eventsOut.readValue();
    assertEquals(EventOrigin.PIPELINE, written.getOrigin());
  }

  /**
   * TopologyTestDriver does not deliver the records exception handlers return for the dead-letter topic; their
   * content is checked in DeadLetterHandlersTest and on a real broker in PipelineIT. Here: the stream goes on.
   */
  @Test
  void unreadableRecordDoesNotStopTheStream() {
    TestInputTopic<byte[], byte[]> rawIn = driver.createInputTopic(topics.enriched().name(),
        Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
    rawIn.pipeInput("bad".getBytes(StandardCharsets.UTF_8), "not avro".getBytes(StandardCharsets.UTF_8));
    articlesIn.pipeInput("a1", article("a1", "outlet-a", mention(List.of("Iran"), "CONSULT", List.of("Taliban"), null)), T0);
    assertEquals(1, eventsOut.readRecordsToList().size(), "the next article is still processed");
  }

  static Event followedEvent() {
    return Event.newBuilder()
        .setEventId("evt-followed")
        .setTitle("U.S.–Taliban peace talks")
        .setEventType("NEGOTIATE")
        .setActors(List.of("United States", "Taliban", "Zalmay Khalilzad"))
        .setLocation("Qatar")
        .setOrigin(EventOrigin.ANALYST)
        .setArticleIds(List.of())
        .setSources(List.of())
        .setClaims(List.of())
        .setUpdatedAt(T0)
        .build();
  }

  static EventMention mention(List<String> actors, String action, List<String> targets, String place) {
    return EventMention.newBuilder().setActors(actors).setAction(action).setTrigger("met").setTargets(targets)
        .setPlace(place).setTime(null).setBegin(0).setEnd(10).build();
  }

  static EnrichedArticle article(String id, String source, EventMention... mentions) {
    return EnrichedArticle.newBuilder()
        .setId(id).setUrl(null).setSource(source).setTitle("t").setPublishedAt(null).setFetchedAt(T0)
        .setCleanText("text").setLanguage("en").setEntities(List.of())
        .setClaims(List.of(Claim.newBuilder().setSpeaker("Ali Shamkhani").setCue("said")
            .setContent("talks were held with the Taliban").setQuoted(true).setBegin(0).setEnd(4).build()))
        .setEventMentions(List.of(mentions)).setFingerprint("0000000000000000")
        .build();
  }
}
