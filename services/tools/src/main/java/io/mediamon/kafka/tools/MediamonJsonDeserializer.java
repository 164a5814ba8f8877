package io.mediamon.kafka.tools;

import io.mediamon.json.AvroJson;
import io.mediamon.json.RecordJson;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Any mediamon record value as its JSON text, for Kafka clients and tools that take a deserializer class name
 * ({@code kafka-console-consumer.sh --value-deserializer io.mediamon.kafka.tools.MediamonJsonDeserializer}). The
 * value is decoded by its schema fingerprint and, on a mediamon topic, checked to be that topic's type. It never
 * throws on a record's content: a value it cannot decode comes back as {@code {"error": ..., "value": text or
 * base64}} and a dead letter's non-Avro value as a JSON string. As a key deserializer it gives the key as text.
 *
 * <p>Configuration (optional): the mediamon topic names when they are not the defaults, as the {@code topic.*}
 * settings ({@code topic.alerts}, {@code topic.dead-letter}, ...).
 */
public class MediamonJsonDeserializer implements Deserializer<String> {
  private RecordJson json = ToolSettings.recordJson(Map.of());
  private boolean isKey;

  /** For Kafka, which instantiates deserializers by class name. */
  public MediamonJsonDeserializer() {}

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.json = ToolSettings.recordJson(configs);
    this.isKey = isKey;
  }

  @Override
  public String deserialize(String topic, byte[] data) {
    return deserialize(topic, new RecordHeaders(), data);
  }

  @Override
  public String deserialize(String topic, Headers headers, byte[] data) {
    if (data == null) {
      return null;
    }
    if (isKey) {
      return RecordJson.text(data);
    }
    RecordJson.Decoded decoded = json.value(topic, headers, data);
    if (decoded.ok()) {
      return AvroJson.write(decoded.value());
    }
    var node = AvroJson.mapper().createObjectNode();
    node.put("error", decoded.error());
    node.set("value", decoded.value());
    return AvroJson.write(node);
  }
}
