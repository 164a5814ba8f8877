package io.mediamon.alerter.badinput;

import static io.mediamon.alerter.AlerterTopologyTest.outlets;
import static io.mediamon.alerter.AlerterTopologyTest.story;
import static io.mediamon.streams.errors.DeadLetterCapture.header;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.alerter.AlerterTopology;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.streams.errors.DeadLetterCapture;
import io.mediamon.streams.errors.DeadLetters;
import io.mediamon.streams.errors.PoisonValues;
import io.mediamon.topics.MediamonTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stories topic is the alerter's only input. One kind of poisoned record each, between two good story versions:
 * an unreadable or unusable record is dead-lettered once, with headers naming its topic, partition, offset and why;
 * a tombstone is no poison (it deletes the story's state) and is dead-lettered never; the good story after it still
 * alerts.
 */
class PoisonedStoriesTopicTest {
  private static final Instant T0 = Instant.parse("2018-12-26T12:00:00Z");
  private static final List<String> TALKS = List.of("Iran", "Taliban");
  private static final MediamonTopics TOPICS = MediamonTopics.from(MediamonConfig.defaults());

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private DeadLetterCapture deadLetters;
  private TestInputTopic<byte[], byte[]> stories;
  private TestOutputTopic<String, Alert> alerts;

  /**
   * A poisoned record; {@code stage} and {@code reason} are what its dead letter must say, both null for a record
   * that is no poison and must not be dead-lettered.
   */
  record Poison(String label, byte[] key, byte[] value, String stage, String reason) {
    @Override
    public String toString() {
      return label + " → " + (stage == null ? "not dead-lettered" : stage + ": " + reason);
    }
  }

  static Stream<Arguments> poisons() {
    byte[] good = storyBytes("sty-x");
    byte[] key = "sty-x".getBytes(StandardCharsets.UTF_8);
    RawArticle raw = RawArticle.newBuilder().setId("a1").setUrl(null).setSource("s").setTitle("t").setBody("b")
        .setContentType(ContentType.TEXT).setPublishedAt(null).setFetchedAt(T0).build();
    return Stream.of(
        new Poison("random garbage bytes", key, PoisonValues.garbage(), "deserialization",
            "not an Avro single-object encoded Story"),
        new Poison("JSON text", key, PoisonValues.text(), "deserialization", "not an Avro single-object encoded Story"),
        new Poison("a raw article (another schema)", key, PoisonValues.otherSchema(raw), "deserialization",
            "corrupt Avro Story"),
        new Poison("unknown schema fingerprint", key, PoisonValues.unknownFingerprint(), "deserialization",
            "unknown Avro schema fingerprint 0x5eed0badf00d4711"),
        new Poison("truncated story", key, PoisonValues.truncated(good), "deserialization", "corrupt Avro Story"),
        new Poison("no key", null, good, "processing", "story record without a key"),
        new Poison("no key and no value", null, null, "processing", "story record without a key"),
        new Poison("tombstone of another story", key, null, null, null))
        .map(Arguments::of);
  }

  @BeforeEach
  void setUp() {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    Properties props = StreamsSettings.forService(config, AlerterTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    deadLetters = DeadLetterCapture.install(props);
    driver = new TopologyTestDriver(AlerterTopology.build(config), props);
    stories = driver.createInputTopic(TOPICS.stories().name(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
    alerts = driver.createOutputTopic(TOPICS.alerts().name(), TOPICS.alerts().keySerde().deserializer(),
        TOPICS.alerts().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("poisons")
  void aPoisonedStoryRecordIsDeadLetteredOnceAndTheNextStoryStillAlerts(Poison poison) {
    stories.pipeInput("sty-1".getBytes(StandardCharsets.UTF_8), storyBytes("sty-1"), T0); // offset 0
    stories.pipeInput(poison.key(), poison.value(), T0.plusSeconds(1)); // offset 1
    stories.pipeInput("sty-2".getBytes(StandardCharsets.UTF_8), storyBytes("sty-2"), T0.plusSeconds(2)); // offset 2

    List<ProducerRecord<byte[], byte[]>> letters = deadLetters.records();
    if (poison.stage() == null) {
      assertEquals(List.of(), letters, "no poison: nothing dead-lettered");
    } else {
      assertEquals(1, letters.size(), "exactly one dead letter: " + letters);
      ProducerRecord<byte[], byte[]> letter = letters.get(0);
      assertEquals(TOPICS.deadLetter().name(), letter.topic());
      assertEquals(TOPICS.stories().name(), header(letter, DeadLetters.HEADER_SOURCE_TOPIC));
      assertEquals("0", header(letter, DeadLetters.HEADER_SOURCE_PARTITION));
      assertEquals("1", header(letter, DeadLetters.HEADER_SOURCE_OFFSET), "the poisoned record, not a good one");
      assertEquals(poison.stage(), header(letter, DeadLetters.HEADER_STAGE));
      String reason = header(letter, DeadLetters.HEADER_REASON);
      assertTrue(reason.contains(poison.reason()), reason);
      assertArrayEquals(poison.key(), letter.key(), "the original key bytes, for a replay");
      assertArrayEquals(poison.value(), letter.value(), "the original value bytes, for a replay");
    }
    List<String> alerted = alerts.readValuesToList().stream()
        .filter(a -> a.getKind() == AlertKind.NEW).map(Alert::getEventId).toList();
    assertEquals(List.of("sty-1", "sty-2"), alerted, "the good stories around the poisoned record alert");
  }

  private static byte[] storyBytes(String id) {
    Story story = story(id, StoryOrigin.DISCOVERED, 1, outlets(1), TALKS, List.of());
    return TOPICS.stories().valueSerde().serializer().serialize(TOPICS.stories().name(), story);
  }
}
