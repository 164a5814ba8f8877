package io.mediamon.ingest.feed;

/** A feed body that is not a usable RSS or Atom document (malformed, or refused for safety, e.g. it has a DOCTYPE). */
public final class FeedParseException extends Exception {
  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
