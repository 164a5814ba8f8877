package io.mediamon.streams.errors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * Results that cannot be written: serialization failures and records too large for the broker are dead-lettered
 * with their source record; retriable send errors are retried; anything else fails the client, which then exits
 * non-zero rather than lose data silently.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
  private String deadLetterTopic;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetterTopic = DeadLetters.topicFrom(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
      Exception exception) {
    if (exception instanceof RetriableException) {
      return Response.retry();
    }
    if (exception instanceof RecordTooLargeException) {
      return Response.resume(List.of(DeadLetters.record(deadLetterTopic, "production", context,
          context.sourceRawKey(), context.sourceRawValue(), exception)));
    }
    return Response.fail();
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
      SerializationExceptionOrigin origin) {
    return Response.resume(List.of(DeadLetters.record(deadLetterTopic, "serialization-" + origin.name().toLowerCase(),
        context, context.sourceRawKey(), context.sourceRawValue(), exception)));
  }
}
