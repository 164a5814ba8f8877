package io.mediamon.streams.errors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** A record that cannot be read (not Avro, unknown schema fingerprint, corrupt) goes to the dead-letter topic; the stream goes on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
  private String deadLetterTopic;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetterTopic = DeadLetters.topicFrom(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    return Response.resume(List.of(DeadLetters.record(deadLetterTopic, "deserialization", context,
        record.key(), record.value(), exception)));
  }
}
