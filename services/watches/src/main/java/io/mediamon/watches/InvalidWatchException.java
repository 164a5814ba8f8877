package io.mediamon.watches;

/** A watch that cannot be used, with a message naming the watch and the field, for the person who wrote it. */
public final class InvalidWatchException extends RuntimeException {
  public InvalidWatchException(String message) {
    super(message);
  }
}
