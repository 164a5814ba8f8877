package io.mediamon.streams.errors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A record whose processing throws (an article the extractor cannot handle, say) goes to the dead-letter topic
 * with its source bytes; the stream goes on. Errors (OutOfMemoryError and the like) are not exceptions and still
 * stop the client.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
  private String deadLetterTopic;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetterTopic = DeadLetters.topicFrom(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    return Response.resume(List.of(DeadLetters.record(deadLetterTopic, "processing", context,
        context.sourceRawKey(), context.sourceRawValue(), exception)));
  }
}
