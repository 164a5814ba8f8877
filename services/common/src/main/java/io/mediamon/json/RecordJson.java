package io.mediamon.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.config.MediamonConfig;
import io.mediamon.serde.AvroSerde;
import io.mediamon.serde.BundledRecords;
import io.mediamon.streams.errors.DeadLetters;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicDescriptor;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Any mediamon record as JSON, for {@code mediamon tail} and Kafka's console tools: the value decoded by its schema
 * fingerprint ({@link BundledRecords}, so store changelogs and records of earlier schema versions read too) and, on
 * a mediamon topic of the configuration, checked to be that topic's record type. Never throws on a record's
 * content: a value that cannot be decoded is kept as text (or {@code base64:...}) beside an {@code error} saying why.
 * Dead letters (the configured dead-letter topic, or any record with a {@code mediamon.error.stage} header) carry
 * arbitrary bytes: their value is decoded when it is a mediamon record and kept as text otherwise, without an error
 * (the reason is in the headers).
 */
public final class RecordJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, Class<?>> expected = new HashMap<>();
  /** Topics whose values are JSON documents already (the alerts as JSON). */
  private final java.util.Set<String> jsonTopics = new java.util.HashSet<>();
  private final String deadLetterTopic;

  private RecordJson(MediamonTopics topics) {
    for (TopicDescriptor<?, ?> t : topics.all()) {
      if (t.valueSerde() instanceof AvroSerde<?> avro) {
        expected.put(t.name(), avro.type());
      }
    }
    jsonTopics.add(topics.alertsJson().name());
    this.deadLetterTopic = topics.deadLetter().name();
  }

  /** Knows the topics of this configuration; any other topic is read by fingerprint alone. */
  public static RecordJson of(MediamonConfig config) {
    return new RecordJson(MediamonTopics.from(config));
  }

  /** A value decoded: its JSON (null for a tombstone) or, when it could not be decoded, the error and the bytes. */
  public record Decoded(JsonNode value, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  public boolean isDeadLetter(String topic, Headers headers) {
    return deadLetterTopic.equals(topic) || (headers != null && headers.lastHeader(DeadLetters.HEADER_STAGE) != null);
  }

  /** The value's JSON, or the error and the bytes as text. */
  public Decoded value(String topic, Headers headers, byte[] bytes) {
    if (bytes == null) {
      return new Decoded(NODES.nullNode(), null);
    }
    boolean deadLetter = isDeadLetter(topic, headers);
    if (!deadLetter && jsonTopics.contains(topic)) {
      try {
        return new Decoded(AvroJson.mapper().readTree(bytes), null);
      } catch (java.io.IOException e) {
        return new Decoded(NODES.textNode(text(bytes)), "undecodable value: not a JSON document (" + e.getMessage()
            + ")");
      }
    }
    try {
      SpecificRecord record = BundledRecords.decode(bytes);
      Class<?> type = deadLetter ? null : expected.get(topic);
      if (type != null && !type.isInstance(record)) {
        return new Decoded(NODES.textNode(text(bytes)), "undecodable value: a " + record.getClass().getSimpleName()
            + " record on " + topic + ", which holds " + type.getSimpleName() + " records");
      }
      return new Decoded(AvroJson.toJson(record), null);
    } catch (RuntimeException e) {
      // A poisoned topic is what one looks at with these tools: show the bytes and why they are unreadable.
      return new Decoded(NODES.textNode(text(bytes)), deadLetter ? null : "undecodable value: " + e.getMessage());
    }
  }

  /** {topic, partition, offset, timestamp, key, headers (when any), value, error (when undecodable)}. */
  public ObjectNode withMetadata(ConsumerRecord<byte[], byte[]> record) {
    return withMetadata(record, value(record.topic(), record.headers(), record.value()));
  }

  private ObjectNode withMetadata(ConsumerRecord<byte[], byte[]> record, Decoded decoded) {
    ObjectNode node = NODES.objectNode();
    node.put("topic", record.topic());
    node.put("partition", record.partition());
    node.put("offset", record.offset());
    node.put("timestamp", record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()).toString());
    node.put("key", record.key() == null ? null : text(record.key()));
    if (record.headers().toArray().length > 0) {
      ObjectNode headers = node.putObject("headers");
      for (Header h : record.headers()) {
        headers.put(h.key(), h.value() == null ? null : text(h.value()));
      }
    }
    node.set("value", decoded.value());
    if (!decoded.ok()) {
      node.put("error", decoded.error());
    }
    return node;
  }

  /**
   * The record as a reader of that topic wants it: the value's JSON alone, as the README documents alerts; with its
   * metadata when there is no plain value to print (a dead letter, whose headers say why, or an undecodable record).
   */
  public JsonNode plain(ConsumerRecord<byte[], byte[]> record) {
    Decoded decoded = value(record.topic(), record.headers(), record.value());
    if (decoded.ok() && record.value() != null && !isDeadLetter(record.topic(), record.headers())) {
      return decoded.value();
    }
    return withMetadata(record, decoded);
  }

  /** UTF-8 text, or {@code base64:...} for bytes that are not UTF-8. */
  public static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return "base64:" + Base64.getEncoder().encodeToString(bytes);
    }
  }
}
