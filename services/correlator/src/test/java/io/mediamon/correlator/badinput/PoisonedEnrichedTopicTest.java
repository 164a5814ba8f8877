package io.mediamon.correlator.badinput;

import static io.mediamon.correlator.CorrelatorTopologyTest.article;
import static io.mediamon.correlator.CorrelatorTopologyTest.followedEvent;
import static io.mediamon.correlator.CorrelatorTopologyTest.mention;
import static io.mediamon.streams.errors.DeadLetterCapture.header;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.correlator.CorrelatorTopology;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.schema.RawArticle;
import io.mediamon.schema.StoryMembership;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.streams.errors.DeadLetterCapture;
import io.mediamon.streams.errors.DeadLetters;
import io.mediamon.streams.errors.PoisonValues;
import io.mediamon.testing.Stderr;
import io.mediamon.topics.MediamonTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The correlator reads two topics. On the enriched-articles stream, an unreadable record is dead-lettered once, with
 * headers naming its topic, partition, offset and why, and the good article after it still joins a story. The events
 * topic feeds a global store, which cannot dead-letter exactly once (it re-reads its topic on every restore): a record
 * there that is no event is skipped with a warning naming its offset and why, nothing is dead-lettered, and the good
 * event after it is still followed.
 */
class PoisonedEnrichedTopicTest {
  private static final Instant T0 = Instant.parse("2018-12-26T12:00:00Z");
  private static final MediamonTopics TOPICS = MediamonTopics.from(MediamonConfig.defaults());
  private static final String FOLLOWED_STORE = "correlator-followed-events";
  private static final String TEXT = "Envoys of the Taliban and officials of Iran met in Tehran on Wednesday to "
      + "discuss the peace process, the foreign ministry said after the meeting ended.";

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private DeadLetterCapture deadLetters;
  private TestInputTopic<byte[], byte[]> enriched;
  private TestInputTopic<byte[], byte[]> events;
  private TestOutputTopic<String, StoryMembership> memberships;

  /**
   * A poisoned record; {@code stage} and {@code reason} are what its dead letter must say, both null for a record
   * that must not be dead-lettered; {@code member} whether the record itself joins a story.
   */
  record Poison(String label, byte[] key, byte[] value, String stage, String reason, boolean member) {
    @Override
    public String toString() {
      return label + " → " + (stage == null ? (member ? "processed" : "skipped") : stage + ": " + reason);
    }
  }

  /** A record on the events topic that is no followed event, and what the warning must say. */
  record BadEvent(String label, byte[] key, byte[] value, String reason) {
    @Override
    public String toString() {
      return label + " → skipped: " + reason;
    }
  }

  static Stream<Arguments> poisonedArticles() {
    byte[] key = bytes("a-x");
    byte[] good = articleBytes(article("a-x", "outlet-x", "Talks", TEXT, T0));
    EnrichedArticle empty = article("a-empty", "outlet-x", "Empty", "", T0);
    return Stream.of(
        new Poison("random garbage bytes", key, PoisonValues.garbage(), "deserialization",
            "not an Avro single-object encoded EnrichedArticle", false),
        new Poison("JSON text", key, PoisonValues.text(), "deserialization",
            "not an Avro single-object encoded EnrichedArticle", false),
        new Poison("a raw article (another schema)", key, PoisonValues.otherSchema(rawArticle()), "deserialization",
            "corrupt Avro EnrichedArticle", false),
        new Poison("unknown schema fingerprint", key, PoisonValues.unknownFingerprint(), "deserialization",
            "unknown Avro schema fingerprint", false),
        new Poison("truncated article", key, PoisonValues.truncated(good), "deserialization",
            "corrupt Avro EnrichedArticle", false),
        // Re-keyed by its id, as every enriched article is on the way to the assigning task.
        new Poison("no key", null, good, null, null, true),
        // A tombstone on the enriched topic means nothing to stories.
        new Poison("tombstone", key, null, null, null, false),
        // Nothing to compare: no entities, no words. It still gets a story of its own, as any article does.
        new Poison("empty article text", bytes("a-empty"), articleBytes(empty), null, null, true))
        .map(Arguments::of);
  }

  static Stream<Arguments> badEvents() {
    byte[] good = eventBytes(followedEvent());
    return Stream.of(
        new BadEvent("random garbage bytes", bytes("evt-x"), PoisonValues.garbage(), "not a readable event"),
        new BadEvent("JSON text", bytes("evt-x"), PoisonValues.text(), "not a readable event"),
        new BadEvent("a raw article (another schema)", bytes("evt-x"), PoisonValues.otherSchema(rawArticle()),
            "not a readable event: corrupt Avro Event"),
        new BadEvent("unknown schema fingerprint", bytes("evt-x"), PoisonValues.unknownFingerprint(),
            "not a readable event: unknown Avro schema fingerprint"),
        new BadEvent("truncated event", bytes("evt-x"), PoisonValues.truncated(good), "not a readable event"),
        new BadEvent("no key", null, good, "no key"),
        new BadEvent("key that is not its event id", bytes("evt-other"), good, "is not its event id"))
        .map(Arguments::of);
  }

  @BeforeEach
  void setUp() {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    Properties props = StreamsSettings.forService(config, CorrelatorTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    deadLetters = DeadLetterCapture.install(props);
    driver = new TopologyTestDriver(CorrelatorTopology.build(config), props);
    enriched = driver.createInputTopic(TOPICS.enriched().name(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
    events = driver.createInputTopic(TOPICS.events().name(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
    memberships = driver.createOutputTopic(TOPICS.storyArticles().name(),
        TOPICS.storyArticles().keySerde().deserializer(), TOPICS.storyArticles().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("poisonedArticles")
  void aPoisonedArticleIsDeadLetteredOnceAndTheNextArticleStillJoinsAStory(Poison poison) {
    enriched.pipeInput(bytes("a1"), articleBytes(article("a1", "outlet-a", "Talks", TEXT, T0)), T0); // offset 0
    enriched.pipeInput(poison.key(), poison.value(), T0.plusSeconds(1)); // offset 1
    enriched.pipeInput(bytes("a2"), articleBytes(article("a2", "outlet-b", "Talks", TEXT, T0)), T0.plusSeconds(2));

    List<ProducerRecord<byte[], byte[]>> letters = deadLetters.records();
    if (poison.stage() == null) {
      assertEquals(List.of(), letters, "not dead-lettered");
    } else {
      assertEquals(1, letters.size(), "exactly one dead letter: " + letters);
      ProducerRecord<byte[], byte[]> letter = letters.get(0);
      assertEquals(TOPICS.deadLetter().name(), letter.topic());
      assertEquals(TOPICS.enriched().name(), header(letter, DeadLetters.HEADER_SOURCE_TOPIC));
      assertEquals("0", header(letter, DeadLetters.HEADER_SOURCE_PARTITION));
      assertEquals("1", header(letter, DeadLetters.HEADER_SOURCE_OFFSET), "the poisoned record, not a good one");
      assertEquals(poison.stage(), header(letter, DeadLetters.HEADER_STAGE));
      String reason = header(letter, DeadLetters.HEADER_REASON);
      assertTrue(reason.contains(poison.reason()), reason);
      assertArrayEquals(poison.key(), letter.key());
      assertArrayEquals(poison.value(), letter.value());
    }
    List<String> members = memberships.readKeyValuesToList().stream().map(kv -> kv.key).toList();
    List<String> expected = new ArrayList<>(List.of("a1"));
    if (poison.member()) {
      expected.add(articleId(poison.value()));
    }
    expected.add("a2");
    assertEquals(expected, members, "the good articles around it (and it, when it is usable) join stories");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEvents")
  void aRecordOnTheEventsTopicThatIsNoEventIsSkippedWithAWarningAndTheNextEventIsFollowed(BadEvent bad) {
    String log = Stderr.capturing(() -> {
      events.pipeInput(bad.key(), bad.value(), T0);
      events.pipeInput(bytes("evt-followed"), eventBytes(followedEvent()), T0);
    });

    assertTrue(log.contains("Followed event skipped (" + TOPICS.events().name() + "-0@0") && log.contains(bad.reason()),
        "a warning naming the record and why: " + log);
    assertEquals(List.of(), deadLetters.records(), "a global store's input is never dead-lettered");
    KeyValueStore<String, Event> followed = driver.getKeyValueStore(FOLLOWED_STORE);
    List<String> ids = new ArrayList<>();
    try (KeyValueIterator<String, Event> all = followed.all()) {
      all.forEachRemaining(kv -> ids.add(kv.key));
    }
    assertEquals(List.of("evt-followed"), ids, "only the good event is followed");

    EnrichedArticle a = article("a1", "outlet-a", "Envoy meets the Taliban", TEXT, T0);
    a.setEventMentions(List.of(mention(List.of("Zalmay Khalilzad"), "CONSULT", List.of("Taliban"), "Qatar")));
    enriched.pipeInput(bytes("a1"), articleBytes(a), T0.plusSeconds(60));
    KeyValue<String, StoryMembership> member = memberships.readKeyValue();
    assertEquals(List.of("evt-followed"), member.value.getFollowedEventIds());
  }

  private static String articleId(byte[] value) {
    return TOPICS.enriched().valueSerde().deserializer().deserialize(TOPICS.enriched().name(), value).getId();
  }

  private static byte[] articleBytes(EnrichedArticle article) {
    return TOPICS.enriched().valueSerde().serializer().serialize(TOPICS.enriched().name(), article);
  }

  private static byte[] eventBytes(Event event) {
    return TOPICS.events().valueSerde().serializer().serialize(TOPICS.events().name(), event);
  }

  private static RawArticle rawArticle() {
    return RawArticle.newBuilder().setId("a1").setUrl(null).setSource("s").setTitle("t").setBody("b")
        .setContentType(ContentType.TEXT).setPublishedAt(null).setFetchedAt(T0).build();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
