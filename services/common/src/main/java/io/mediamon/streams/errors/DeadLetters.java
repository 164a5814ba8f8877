package io.mediamon.streams.errors;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds dead-letter records: the original key and value bytes untouched, the original headers, and headers that
 * say where the record came from and why it failed, so ops can inspect and replay it with Kafka's own tools.
 */
public final class DeadLetters {
  public static final String HEADER_STAGE = "mediamon.error.stage";
  public static final String HEADER_REASON = "mediamon.error.reason";
  public static final String HEADER_EXCEPTION = "mediamon.error.exception";
  public static final String HEADER_PROCESSOR = "mediamon.error.processor";
  public static final String HEADER_SOURCE_TOPIC = "mediamon.source.topic";
  public static final String HEADER_SOURCE_PARTITION = "mediamon.source.partition";
  public static final String HEADER_SOURCE_OFFSET = "mediamon.source.offset";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

  private DeadLetters() {}

  /** The dead-letter topic from the streams configuration; mediamon always sets it. */
  static String topicFrom(Map<String, ?> configs) {
    Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    if (topic == null || topic.toString().isBlank()) {
      throw new ConfigException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
          + " must name the dead-letter topic for mediamon's exception handlers");
    }
    return topic.toString();
  }

  static ProducerRecord<byte[], byte[]> record(String deadLetterTopic, String stage, ErrorHandlerContext context,
      byte[] key, byte[] value, Exception exception) {
    RecordHeaders headers = new RecordHeaders();
    if (context.headers() != null) {
      for (Header h : context.headers()) {
        headers.add(h);
      }
    }
    String reason = reasonOf(exception);
    addOutcome(headers, stage, reason, String.valueOf(context.topic()), context.partition(), context.offset());
    headers.add(HEADER_EXCEPTION, utf8(exception.getClass().getName()));
    headers.add(HEADER_PROCESSOR, utf8(String.valueOf(context.processorNodeId())));
    LOG.warn("Dead-lettering record {}-{}@{} ({} in {}): {}", context.topic(), context.partition(),
        context.offset(), stage, context.processorNodeId(), reason);
    return new ProducerRecord<>(deadLetterTopic, null, key, value, headers);
  }

  /**
   * The headers every mediamon dead letter has, wherever it is written (the streams' handlers, delivery): the stage,
   * the reason, and where the record came from.
   */
  public static void addOutcome(Headers headers, String stage, String reason, String sourceTopic, int partition,
      long offset) {
    headers.add(HEADER_STAGE, utf8(stage));
    headers.add(HEADER_REASON, utf8(reason));
    headers.add(HEADER_SOURCE_TOPIC, utf8(sourceTopic));
    headers.add(HEADER_SOURCE_PARTITION, utf8(Integer.toString(partition)));
    headers.add(HEADER_SOURCE_OFFSET, utf8(Long.toString(offset)));
  }

  /** The most specific message in the cause chain, with its exception type when there is no message. */
  static String reasonOf(Throwable exception) {
    StringBuilder reason = new StringBuilder();
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (reason.indexOf(message) < 0) {
        if (reason.length() > 0) {
          reason.append(": ");
        }
        reason.append(message);
      }
    }
    return reason.length() > 2000 ? reason.substring(0, 2000) + "…" : reason.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
