package io.mediamon.ingest.http;

import io.mediamon.schema.RawArticle;
import java.util.List;

/** Where pushed articles go. Kafka in production; an in-memory list in unit tests. */
public interface ArticleSink {
  /**
   * Stores every article durably before returning; throws {@link SinkUnavailableException} when that cannot be
   * promised (the HTTP answer is then 503 and the client retries: ids are stable, so a retry is harmless), and
   * {@link ArticleTooLargeException}, before storing any, when one of them can never be stored.
   */
  void storeAll(List<RawArticle> articles);

  /**
   * An article can never be stored as it is (its record is over the topic's size limit): a permanent refusal, so the
   * HTTP answer is 413 and nothing of the request is stored.
   */
  final class ArticleTooLargeException extends RuntimeException {
    public ArticleTooLargeException(String message) {
      super(message);
    }
  }

  /** The sink could not confirm that the articles are stored. */
  final class SinkUnavailableException extends RuntimeException {
    public SinkUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
