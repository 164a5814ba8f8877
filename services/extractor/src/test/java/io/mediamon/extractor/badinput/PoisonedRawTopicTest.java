package io.mediamon.extractor.badinput;

import static io.mediamon.extractor.ExtractorTopologyTest.article;
import static io.mediamon.streams.errors.DeadLetterCapture.header;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.ExtractorTopology;
import io.mediamon.extractor.nlp.TestArticles;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import io.mediamon.streams.errors.DeadLetterCapture;
import io.mediamon.streams.errors.DeadLetters;
import io.mediamon.streams.errors.PoisonValues;
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
 * The raw-articles topic is the extractor's only input. One kind of poisoned record each, between two good articles:
 * an unreadable record, or one the analyzer refuses, is dead-lettered once with headers naming its topic, partition,
 * offset and why; a record without a key is re-keyed by its id and enriched; the good article after it still comes
 * out enriched.
 */
class PoisonedRawTopicTest {
  private static final MediamonTopics TOPICS = MediamonTopics.from(MediamonConfig.defaults());
  private static final String TEXT = "Iranian officials met Taliban envoys in Tehran on Wednesday, the ministry said.";

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private DeadLetterCapture deadLetters;
  private TestInputTopic<byte[], byte[]> raw;
  private TestOutputTopic<String, EnrichedArticle> enriched;

  /**
   * A poisoned record; {@code stage} and {@code reason} are what its dead letter must say, both null for a record
   * that is processed (and must come out enriched under {@code enrichedAs}).
   */
  record Poison(String label, byte[] key, byte[] value, String stage, String reason, String enrichedAs) {
    @Override
    public String toString() {
      return label + " → " + (stage == null ? "enriched as " + enrichedAs : stage + ": " + reason);
    }
  }

  static Stream<Arguments> poisons() {
    byte[] key = bytes("x");
    byte[] good = rawBytes(article("x", TEXT));
    EnrichedArticle enrichedRecord = EnrichedArticle.newBuilder().setId("e").setUrl(null).setSource("s")
        .setTitle("t").setPublishedAt(null).setFetchedAt(Instant.EPOCH).setCleanText("text").setLanguage("en")
        .setEntities(List.of()).setClaims(List.of()).setEventMentions(List.of()).setFingerprint("0000000000000000")
        .build();
    return Stream.of(
        new Poison("random garbage bytes", key, PoisonValues.garbage(), "deserialization",
            "not an Avro single-object encoded RawArticle", null),
        new Poison("JSON text", key, PoisonValues.text(), "deserialization",
            "not an Avro single-object encoded RawArticle", null),
        new Poison("an enriched article (another schema)", key, PoisonValues.otherSchema(enrichedRecord),
            "deserialization", "corrupt Avro RawArticle", null),
        new Poison("unknown schema fingerprint", key, PoisonValues.unknownFingerprint(), "deserialization",
            "unknown Avro schema fingerprint", null),
        new Poison("truncated article", key, PoisonValues.truncated(good), "deserialization", "corrupt Avro RawArticle",
            null),
        new Poison("tombstone", key, null, "processing", "raw article is null", null),
        new Poison("empty body", bytes("empty"), rawBytes(article("empty", "")), "processing", "empty", null),
        new Poison("whitespace-only body", bytes("blank"), rawBytes(article("blank", " \n\t ")), "processing", "empty",
            null),
        new Poison("no key", null, rawBytes(article("no-key", TEXT)), null, null, "no-key"),
        new Poison("a key that is not its id", bytes("other"), rawBytes(article("its-id", TEXT)), null, null,
            "its-id"))
        .map(Arguments::of);
  }

  @BeforeEach
  void setUp() {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    Properties props = ExtractorTopology.settings(config);
    props.put("bootstrap.servers", "unused:9092");
    deadLetters = DeadLetterCapture.install(props);
    driver = new TopologyTestDriver(ExtractorTopology.build(config, TestArticles.analyzer()), props);
    raw = driver.createInputTopic(TOPICS.raw().name(), Serdes.ByteArray().serializer(),
        Serdes.ByteArray().serializer());
    enriched = driver.createOutputTopic(TOPICS.enriched().name(), TOPICS.enriched().keySerde().deserializer(),
        TOPICS.enriched().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("poisons")
  void aPoisonedRawRecordIsDeadLetteredOnceAndTheNextArticleIsStillEnriched(Poison poison) {
    raw.pipeInput(bytes("a1"), rawBytes(article("a1", TEXT))); // offset 0
    raw.pipeInput(poison.key(), poison.value()); // offset 1
    raw.pipeInput(bytes("a2"), rawBytes(article("a2", "Taliban envoys arrived in Tehran for talks, officials said.")));

    List<ProducerRecord<byte[], byte[]>> letters = deadLetters.records();
    List<String> expected = new ArrayList<>(List.of("a1"));
    if (poison.stage() == null) {
      assertEquals(List.of(), letters, "not dead-lettered");
      expected.add(poison.enrichedAs());
    } else {
      assertEquals(1, letters.size(), "exactly one dead letter: " + letters);
      ProducerRecord<byte[], byte[]> letter = letters.get(0);
      assertEquals(TOPICS.deadLetter().name(), letter.topic());
      assertEquals(TOPICS.raw().name(), header(letter, DeadLetters.HEADER_SOURCE_TOPIC));
      assertEquals("0", header(letter, DeadLetters.HEADER_SOURCE_PARTITION));
      assertEquals("1", header(letter, DeadLetters.HEADER_SOURCE_OFFSET), "the poisoned record, not a good one");
      assertEquals(poison.stage(), header(letter, DeadLetters.HEADER_STAGE));
      String reason = header(letter, DeadLetters.HEADER_REASON);
      assertTrue(reason.toLowerCase().contains(poison.reason().toLowerCase()), reason);
      assertArrayEquals(poison.key(), letter.key(), "the original key bytes, for a replay");
      assertArrayEquals(poison.value(), letter.value(), "the original value bytes, for a replay");
    }
    expected.add("a2");
    assertEquals(expected, enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList(),
        "the good articles around it (and it, when it is usable, under its id) come out enriched");
  }

  private static byte[] rawBytes(RawArticle article) {
    return TOPICS.raw().valueSerde().serializer().serialize(TOPICS.raw().name(), article);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
