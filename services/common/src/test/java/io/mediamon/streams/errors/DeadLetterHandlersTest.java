package io.mediamon.streams.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediamon.schema.RawArticle;
import io.mediamon.serde.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class DeadLetterHandlersTest {
  private static final Map<String, Object> CONFIG =
      Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dlq");
  private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);
  private static final byte[] VALUE = "not avro".getBytes(StandardCharsets.UTF_8);

  @Test
  void unreadableRecordIsDeadLetteredWithOriginAndReasonAndTheStreamResumes() {
    DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
    handler.configure(CONFIG);
    Exception error = assertThrowsSerialization();
    DeserializationExceptionHandler.Response response = handler.handleError(context(), new ConsumerRecord<>(
        "raw", 2, 41L, KEY, VALUE), error);

    assertEquals(DeserializationExceptionHandler.Result.RESUME, response.result());
    ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
    assertEquals("dlq", letter.topic());
    assertArrayEquals(VALUE, letter.value());
    assertEquals("raw", header(letter, DeadLetters.HEADER_SOURCE_TOPIC));
    assertEquals("2", header(letter, DeadLetters.HEADER_SOURCE_PARTITION));
    assertEquals("41", header(letter, DeadLetters.HEADER_SOURCE_OFFSET));
    assertEquals("deserialization", header(letter, DeadLetters.HEADER_STAGE));
    assertEquals("not an Avro single-object encoded RawArticle (Not enough header bytes)",
        header(letter, DeadLetters.HEADER_REASON));
    assertEquals("trace-1", header(letter, "trace"), "the original headers travel with the record");
  }

  @Test
  void failedProcessingIsDeadLetteredWithTheSourceBytes() {
    DeadLetterProcessingHandler handler = new DeadLetterProcessingHandler();
    handler.configure(CONFIG);
    ProcessingExceptionHandler.Response response = handler.handleError(context(), new Record<>("k", "v", 0L),
        new IllegalArgumentException("article body is empty after cleaning"));
    assertEquals(ProcessingExceptionHandler.Result.RESUME, response.result());
    ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
    assertArrayEquals(VALUE, letter.value());
    assertEquals("article body is empty after cleaning", header(letter, DeadLetters.HEADER_REASON));
    assertEquals("processing", header(letter, DeadLetters.HEADER_STAGE));
  }

  private static Exception assertThrowsSerialization() {
    try {
      AvroSerde.of(RawArticle.class).fromBytes(VALUE);
    } catch (SerializationException e) {
      return e;
    }
    throw new AssertionError("garbage must not deserialize");
  }

  private static String header(ProducerRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static ErrorHandlerContext context() {
    RecordHeaders headers = new RecordHeaders();
    headers.add("trace", "trace-1".getBytes(StandardCharsets.UTF_8));
    return new ErrorHandlerContext() {
      public String topic() { return "raw"; }
      public int partition() { return 2; }
      public long offset() { return 41L; }
      public org.apache.kafka.common.header.Headers headers() { return headers; }
      public String processorNodeId() { return "extractor-read-raw"; }
      public TaskId taskId() { return new TaskId(0, 2); }
      public long timestamp() { return 0L; }
      public byte[] sourceRawKey() { return KEY; }
      public byte[] sourceRawValue() { return VALUE; }
    };
  }
}
