package io.mediamon.streams.errors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The dead-letter records mediamon's exception handlers hand to Kafka Streams, for TopologyTestDriver tests.
 *
 * <p>TopologyTestDriver (Kafka 4.4) does not deliver the records a handler's response carries for the dead-letter
 * topic, so a test cannot read them from an output topic. {@link #install} swaps in handlers that run mediamon's real
 * ones and keep a copy of what they return; everything else is the real topology in the real driver. That Kafka
 * Streams then writes them to the topic is checked on a broker in PipelineIT.
 */
public final class DeadLetterCapture {
  /** Names the capture in the streams properties, so handlers (instantiated by Kafka Streams) find it. */
  static final String CAPTURE_ID = "mediamon.test.dead-letter-capture";
  private static final Map<String, DeadLetterCapture> CAPTURES = new ConcurrentHashMap<>();

  private final List<ProducerRecord<byte[], byte[]>> records = new CopyOnWriteArrayList<>();

  private DeadLetterCapture() {}

  /** Points the deserialization and processing handlers of {@code streamsProps} at recording wrappers. */
  public static DeadLetterCapture install(Properties streamsProps) {
    DeadLetterCapture capture = new DeadLetterCapture();
    String id = UUID.randomUUID().toString();
    CAPTURES.put(id, capture);
    streamsProps.put(CAPTURE_ID, id);
    streamsProps.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, Deserialization.class);
    streamsProps.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, Processing.class);
    return capture;
  }

  /** Every dead-letter record so far, in order. */
  public List<ProducerRecord<byte[], byte[]>> records() {
    return List.copyOf(records);
  }

  public void clear() {
    records.clear();
  }

  /** The last value of a header as UTF-8, or null when the record has none. */
  public static String header(ProducerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static DeadLetterCapture from(Map<String, ?> configs) {
    DeadLetterCapture capture = CAPTURES.get(String.valueOf(configs.get(CAPTURE_ID)));
    if (capture == null) {
      throw new IllegalStateException("no dead-letter capture installed in these streams properties");
    }
    return capture;
  }

  public static final class Deserialization implements DeserializationExceptionHandler {
    private final DeadLetterDeserializationHandler delegate = new DeadLetterDeserializationHandler();
    private DeadLetterCapture capture;

    @Override
    public void configure(Map<String, ?> configs) {
      delegate.configure(configs);
      capture = from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
        Exception exception) {
      Response response = delegate.handleError(context, record, exception);
      capture.records.addAll(response.deadLetterQueueRecords());
      return response;
    }
  }

  public static final class Processing implements ProcessingExceptionHandler {
    private final DeadLetterProcessingHandler delegate = new DeadLetterProcessingHandler();
    private DeadLetterCapture capture;

    @Override
    public void configure(Map<String, ?> configs) {
      delegate.configure(configs);
      capture = from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
      Response response = delegate.handleError(context, record, exception);
      capture.records.addAll(response.deadLetterQueueRecords());
      return response;
    }
  }
}
