package io.mediamon.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.config.MediamonConfig;
import io.mediamon.serde.AvroSerde;
import io.mediamon.streams.errors.DeadLetters;
import io.mediamon.streams.errors.PoisonValues;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
  private final RecordJson json = RecordJson.of(MediamonConfig.defaults());

  @SuppressWarnings("unchecked")
  static <T extends SpecificRecord> byte[] bytes(T record) {
    return AvroSerde.of((Class<T>) record.getClass()).toBytes(record);
  }

  static ConsumerRecord<byte[], byte[]> record(String topic, byte[] key, byte[] value, RecordHeaders headers) {
    return new ConsumerRecord<>(topic, 1, 42L, SampleRecords.T0.toEpochMilli(), TimestampType.CREATE_TIME,
        key == null ? -1 : key.length, value == null ? -1 : value.length, key, value, headers, Optional.empty());
  }

  @Test
  void everyRecordTypeIsDecodedByItsFingerprintOnAnyTopic() {
    for (SampleRecords.Sample sample : SampleRecords.all()) {
      RecordJson.Decoded decoded = json.value("some-changelog", new RecordHeaders(), bytes(sample.record()));
      assertTrue(decoded.ok(), decoded.error());
      assertEquals(sample.id(), decoded.value().get(sample.idField()).asText(), decoded.value().toString());
    }
  }

  @Test
  void plainOutputIsTheValueAsTheReadmeShowsAlerts() {
    JsonNode plain = json.plain(record("mediamon.alerts", "sty-alert".getBytes(StandardCharsets.UTF_8),
        bytes(SampleRecords.alert()), new RecordHeaders()));
    assertEquals(AvroJson.toJson(SampleRecords.alert()), plain);
    assertEquals("2026-03-01T10:00:00Z", plain.get("emittedAt").asText());
  }

  @Test
  void withMetadataWrapsTheValue() {
    JsonNode node = json.withMetadata(record("mediamon.stories", "sty-1".getBytes(StandardCharsets.UTF_8),
        bytes(SampleRecords.story()), new RecordHeaders()));
    assertEquals("mediamon.stories", node.get("topic").asText());
    assertEquals(1, node.get("partition").asInt());
    assertEquals(42, node.get("offset").asLong());
    assertEquals("2026-03-01T10:00:00Z", node.get("timestamp").asText());
    assertEquals("sty-1", node.get("key").asText());
    assertEquals("sty-1", node.get("value").get("storyId").asText());
    assertFalse(node.has("error"));
    assertFalse(node.has("headers"));
  }

  @Test
  void theJsonAlertsTopicIsReadAsTheJsonItHolds() {
    String document = io.mediamon.json.AlertJson.toJson(SampleRecords.alert());
    JsonNode plain = json.plain(record("mediamon.alerts.json", "sty-alert".getBytes(StandardCharsets.UTF_8),
        document.getBytes(StandardCharsets.UTF_8), new RecordHeaders()));
    assertEquals(AvroJson.toJson(SampleRecords.alert()), plain);
    JsonNode broken = json.plain(record("mediamon.alerts.json", null, "{not json".getBytes(StandardCharsets.UTF_8),
        new RecordHeaders()));
    assertTrue(broken.get("error").asText().startsWith("undecodable value: not a JSON document"), broken.toString());
  }

  @Test
  void garbageIsAnErrorWithTheBytes() {
    JsonNode node = json.plain(record("mediamon.articles.raw", null, PoisonValues.garbage(), new RecordHeaders()));
    assertTrue(node.get("error").asText().startsWith("undecodable value: not an Avro"), node.toString());
    assertTrue(node.get("value").asText().startsWith("base64:"), node.toString());
    JsonNode text = json.plain(record("mediamon.articles.raw", null, PoisonValues.text(), new RecordHeaders()));
    assertEquals(new String(PoisonValues.text(), StandardCharsets.UTF_8), text.get("value").asText());
    assertTrue(text.has("error"));
  }

  @Test
  void unknownFingerprintIsAnErrorNamingIt() {
    JsonNode node = json.plain(record("mediamon.events", null, PoisonValues.unknownFingerprint(),
        new RecordHeaders()));
    assertTrue(node.get("error").asText().contains("unknown Avro schema fingerprint 0x"), node.toString());
  }

  @Test
  void aRecordOfAnotherTypeOnAMediamonTopicIsAnError() {
    JsonNode node = json.plain(record("mediamon.events", null, bytes(SampleRecords.raw()), new RecordHeaders()));
    assertTrue(node.get("error").asText().contains("a RawArticle record on mediamon.events"), node.toString());
  }

  @Test
  void deadLettersKeepTheirHeadersAndTextValueWithoutAnError() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(DeadLetters.HEADER_STAGE, "deserialization".getBytes(StandardCharsets.UTF_8));
    headers.add(DeadLetters.HEADER_REASON, "not Avro".getBytes(StandardCharsets.UTF_8));
    JsonNode node = json.plain(record("mediamon.dead-letter", "k".getBytes(StandardCharsets.UTF_8),
        PoisonValues.text(), headers));
    assertEquals("deserialization", node.get("headers").get(DeadLetters.HEADER_STAGE).asText());
    assertEquals("not Avro", node.get("headers").get(DeadLetters.HEADER_REASON).asText());
    assertEquals(new String(PoisonValues.text(), StandardCharsets.UTF_8), node.get("value").asText());
    assertFalse(node.has("error"), node.toString());
    // a dead letter that is a mediamon record (it failed in processing) is shown decoded
    JsonNode avro = json.plain(record("mediamon.dead-letter", null, bytes(SampleRecords.enriched()), headers));
    assertEquals("art-enriched", avro.get("value").get("id").asText());
  }

  @Test
  void tombstoneIsANullValue() {
    JsonNode node = json.plain(record("mediamon.events", "evt-1".getBytes(StandardCharsets.UTF_8), null,
        new RecordHeaders()));
    assertTrue(node.get("value").isNull());
    assertNull(node.get("error"));
  }
}
