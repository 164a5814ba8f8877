package io.mediamon.kafka.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.json.SampleRecords;
import io.mediamon.serde.AvroSerde;
import io.mediamon.streams.errors.DeadLetters;
import io.mediamon.streams.errors.PoisonValues;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.MessageFormatter;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

class MediamonJsonFormatterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The default topic of each sample's type; ArticleFeatures only lives in a store changelog. */
  private static final List<String> TOPICS = List.of("mediamon.articles.raw", "mediamon.articles.enriched",
      "mediamon.events", "mediamon.stories", "mediamon.story-articles", "mediamon.alerts",
      "mediamon-correlator-correlator-story-profiles-changelog");

  @SuppressWarnings("unchecked")
  static <T extends SpecificRecord> byte[] bytes(T record) {
    return AvroSerde.of((Class<T>) record.getClass()).toBytes(record);
  }

  static ConsumerRecord<byte[], byte[]> record(String topic, String key, byte[] value, RecordHeaders headers) {
    byte[] k = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    return new ConsumerRecord<>(topic, 2, 7L, SampleRecords.T0.toEpochMilli(), TimestampType.CREATE_TIME,
        k == null ? -1 : k.length, value == null ? -1 : value.length, k, value, headers, Optional.empty());
  }

  /** Instantiated by class name with its no-arg constructor, as Kafka does. */
  static <T> T byClassName(String name, Class<T> type) throws Exception {
    return type.cast(Class.forName(name).getDeclaredConstructor().newInstance());
  }

  static JsonNode format(MessageFormatter formatter, ConsumerRecord<byte[], byte[]> record) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    formatter.writeTo(record, new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\n") && text.indexOf('\n') == text.length() - 1, "one line: " + text);
    return MAPPER.readTree(text);
  }

  @Test
  void formatsEveryTopicsRecordTypeWithItsMetadata() throws Exception {
    MessageFormatter formatter = byClassName("io.mediamon.kafka.tools.MediamonJsonFormatter",
        MessageFormatter.class);
    formatter.configure(Map.of());
    List<SampleRecords.Sample> samples = SampleRecords.all();
    for (int i = 0; i < samples.size(); i++) {
      SampleRecords.Sample sample = samples.get(i);
      JsonNode line = format(formatter, record(TOPICS.get(i), sample.id(), bytes(sample.record()),
          new RecordHeaders()));
      assertEquals(TOPICS.get(i), line.get("topic").asText());
      assertEquals(2, line.get("partition").asInt());
      assertEquals(7, line.get("offset").asLong());
      assertEquals("2026-03-01T10:00:00Z", line.get("timestamp").asText());
      assertEquals(sample.id(), line.get("key").asText());
      assertEquals(sample.id(), line.get("value").get(sample.idField()).asText(), line.toString());
      assertFalse(line.has("error"), line.toString());
    }
  }

  @Test
  void deadLetterIsPrintedWithItsHeaders() throws Exception {
    MessageFormatter formatter = new MediamonJsonFormatter();
    formatter.configure(Map.of());
    RecordHeaders headers = new RecordHeaders();
    headers.add(DeadLetters.HEADER_STAGE, "deserialization".getBytes(StandardCharsets.UTF_8));
    headers.add(DeadLetters.HEADER_SOURCE_TOPIC, "mediamon.articles.raw".getBytes(StandardCharsets.UTF_8));
    JsonNode line = format(formatter, record("mediamon.dead-letter", "art-9", PoisonValues.text(), headers));
    assertEquals("deserialization", line.get("headers").get(DeadLetters.HEADER_STAGE).asText());
    assertEquals("mediamon.articles.raw", line.get("headers").get(DeadLetters.HEADER_SOURCE_TOPIC).asText());
    assertEquals(new String(PoisonValues.text(), StandardCharsets.UTF_8), line.get("value").asText());
    assertFalse(line.has("error"));
  }

  @Test
  void garbageIsPrintedWithAnErrorAndTheConsumerGoesOn() throws Exception {
    MessageFormatter formatter = new MediamonJsonFormatter();
    formatter.configure(Map.of());
    JsonNode line = format(formatter, record("mediamon.alerts", "k", PoisonValues.garbage(), new RecordHeaders()));
    assertTrue(line.get("error").asText().contains("not an Avro single-object"), line.toString());
    assertTrue(line.get("value").asText().startsWith("base64:"), line.toString());
    JsonNode unknown = format(formatter, record("mediamon.alerts", "k", PoisonValues.unknownFingerprint(),
        new RecordHeaders()));
    assertTrue(unknown.get("error").asText().contains("unknown Avro schema fingerprint"), unknown.toString());
    JsonNode wrongType = format(formatter, record("mediamon.alerts", "k", bytes(SampleRecords.story()),
        new RecordHeaders()));
    assertTrue(wrongType.get("error").asText().contains("a Story record on mediamon.alerts"), wrongType.toString());
  }

  @Test
  void renamedTopicsAreConfiguredWithTheTopicSettings() throws Exception {
    MessageFormatter formatter = new MediamonJsonFormatter();
    formatter.configure(Map.of("topic.dead-letter", "acme.dlq", "topic.alerts", "acme.alerts"));
    JsonNode dead = format(formatter, record("acme.dlq", null, PoisonValues.text(), new RecordHeaders()));
    assertFalse(dead.has("error"), "a dead letter by its topic alone: " + dead);
    JsonNode wrong = format(formatter, record("acme.alerts", null, bytes(SampleRecords.raw()), new RecordHeaders()));
    assertTrue(wrong.has("error"), wrong.toString());
  }

  @Test
  void valueOnlyPrintsTheRecordsJsonAsTail() throws Exception {
    MessageFormatter formatter = new MediamonJsonFormatter();
    formatter.configure(Map.of("value.only", "true"));
    JsonNode line = format(formatter, record("mediamon.alerts", "sty-alert", bytes(SampleRecords.alert()),
        new RecordHeaders()));
    assertEquals("sty-alert", line.get("eventId").asText());
    assertFalse(line.has("topic"));
  }

  @Test
  void deserializerGivesEveryTypeAsJsonText() throws Exception {
    @SuppressWarnings("unchecked")
    Deserializer<String> values = byClassName("io.mediamon.kafka.tools.MediamonJsonDeserializer",
        Deserializer.class);
    values.configure(Map.of(), false);
    List<SampleRecords.Sample> samples = SampleRecords.all();
    for (int i = 0; i < samples.size(); i++) {
      SampleRecords.Sample sample = samples.get(i);
      JsonNode value = MAPPER.readTree(values.deserialize(TOPICS.get(i), new RecordHeaders(),
          bytes(sample.record())));
      assertEquals(sample.id(), value.get(sample.idField()).asText(), value.toString());
    }
    assertNull(values.deserialize("mediamon.events", null), "a tombstone stays null");
  }

  @Test
  void deserializerNeverThrowsOnGarbage() throws Exception {
    MediamonJsonDeserializer values = new MediamonJsonDeserializer();
    values.configure(Map.of(), false);
    JsonNode bad = MAPPER.readTree(values.deserialize("mediamon.articles.raw", PoisonValues.garbage()));
    assertTrue(bad.get("error").asText().startsWith("undecodable value:"), bad.toString());
    assertTrue(bad.get("value").asText().startsWith("base64:"));
    RecordHeaders headers = new RecordHeaders();
    headers.add(DeadLetters.HEADER_STAGE, "processing".getBytes(StandardCharsets.UTF_8));
    assertEquals("\"" + new String(PoisonValues.text(), StandardCharsets.UTF_8).replace("\"", "\\\"") + "\"",
        values.deserialize("mediamon.dead-letter", headers, PoisonValues.text()));
  }

  @Test
  void keyDeserializerGivesTheKeyAsText() {
    MediamonJsonDeserializer keys = new MediamonJsonDeserializer();
    keys.configure(Map.of(), true);
    assertEquals("sty-1", keys.deserialize("mediamon.stories", "sty-1".getBytes(StandardCharsets.UTF_8)));
  }
}
