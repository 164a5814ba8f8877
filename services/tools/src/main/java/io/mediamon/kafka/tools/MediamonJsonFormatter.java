package io.mediamon.kafka.tools;

import io.mediamon.json.AvroJson;
import io.mediamon.json.RecordJson;
import java.io.PrintStream;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.MessageFormatter;

/**
 * Kafka's console consumer prints every record of a mediamon topic (or a store changelog) as one JSON object:
 * {@code {"topic", "partition", "offset", "timestamp", "key", "headers" (when any), "value", "error" (when
 * undecodable)}}, the value as the record's JSON ({@code kafka-console-consumer.sh --formatter
 * io.mediamon.kafka.tools.MediamonJsonFormatter}). A record that cannot be decoded is printed with an {@code error}
 * naming why and its bytes as text or base64; the formatter never stops the consumer.
 *
 * <p>Formatter properties (optional): the {@code topic.*} settings when the topics are renamed; {@code
 * value.only=true} prints the value's JSON alone, like {@code mediamon tail} (still with metadata for dead letters
 * and undecodable records).
 */
public class MediamonJsonFormatter implements MessageFormatter {
  private RecordJson json = ToolSettings.recordJson(Map.of());
  private boolean valueOnly;

  /** For Kafka, which instantiates formatters by class name. */
  public MediamonJsonFormatter() {}

  @Override
  public void configure(Map<String, ?> configs) {
    json = ToolSettings.recordJson(configs);
    Object valueOnlySetting = configs.get("value.only");
    valueOnly = valueOnlySetting != null && Boolean.parseBoolean(valueOnlySetting.toString().trim());
  }

  @Override
  public void writeTo(ConsumerRecord<byte[], byte[]> record, PrintStream output) {
    String line;
    try {
      line = AvroJson.write(valueOnly ? json.plain(record) : json.withMetadata(record));
    } catch (RuntimeException e) {
      // RecordJson does not throw on content; this is the last guard so one record never stops the consumer
      var node = AvroJson.mapper().createObjectNode();
      node.put("topic", record.topic());
      node.put("partition", record.partition());
      node.put("offset", record.offset());
      node.put("error", "cannot format record: " + e);
      line = AvroJson.write(node);
    }
    output.println(line);
  }
}
