package io.mediamon.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.json.AvroJson;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicDescriptor;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a topic's committed records as JSON lines (partition, offset, key, headers, value), Avro decoded; for
 * the dead-letter topic the value is the original bytes, as text when they are UTF-8.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Print a mediamon topic's records as JSON lines, oldest first, then exit.")
final class TailCommand implements Callable<Integer> {
  @Mixin
  ConfigOptions options;

  @Parameters(paramLabel = "TOPIC", description = "A mediamon topic, e.g. mediamon.alerts.")
  String topic;

  @Option(names = "--max", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE, description = "At most N records.")
  long max;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    MediamonConfig config = options.load();
    if (!config.hasBootstrapServers()) {
      throw new UserError("tail needs --bootstrap-servers HOST:PORT (or bootstrap.servers)");
    }
    if (max < 0) {
      throw new UserError("--max must be at least 0");
    }
    TopicDescriptor<?, ?> descriptor;
    try {
      descriptor = MediamonTopics.from(config).byName(topic);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    try (Admin ignored = KafkaAccess.reachableAdmin(config)) {
      // reachable: the reader below would otherwise wait for metadata
    }
    PrintWriter out = spec.commandLine().getOut();
    TopicReader.read(config, topic, Map.of(), max, record -> out.println(AvroJson.write(toJson(descriptor, record))));
    out.flush();
    return 0;
  }

  private static ObjectNode toJson(TopicDescriptor<?, ?> descriptor, ConsumerRecord<byte[], byte[]> record) {
    ObjectNode node = AvroJson.mapper().createObjectNode();
    node.put("partition", record.partition());
    node.put("offset", record.offset());
    node.put("key", record.key() == null ? null : text(record.key()));
    ObjectNode headers = node.putObject("headers");
    for (Header h : record.headers()) {
      headers.put(h.key(), h.value() == null ? null : text(h.value()));
    }
    Object value;
    try {
      value = record.value() == null ? null
          : descriptor.valueSerde().deserializer().deserialize(record.topic(), record.value());
    } catch (RuntimeException e) {
      // A poisoned topic is what one tails to look at: show the record's bytes and why it is unreadable, go on.
      node.put("error", "undecodable value: " + e.getMessage());
      node.put("value", text(record.value()));
      return node;
    }
    if (value instanceof IndexedRecord avro) {
      node.set("value", AvroJson.toJson(avro));
    } else {
      node.put("value", value == null ? null : text(record.value()));
    }
    return node;
  }

  private static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return "base64:" + Base64.getEncoder().encodeToString(bytes);
    }
  }
}
