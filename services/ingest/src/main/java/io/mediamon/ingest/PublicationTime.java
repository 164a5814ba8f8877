package io.mediamon.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * Which publication times an article may carry, whatever brought it in (a file, a push, a feed). Stories and alerts
 * go by article time: a date in the far future would keep a story open for ever, one centuries back is a typo.
 */
public final class PublicationTime {
  /** Clocks differ and time zones are mislabelled; beyond a day ahead a publication time is wrong. */
  static final Duration MAX_FUTURE = Duration.ofDays(1);
  static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  private PublicationTime() {}

  /** Why {@code published} is not a plausible publication time at {@code now}, or null when it is. */
  public static String implausibility(Instant published, Instant now) {
    if (published.isAfter(now.plus(MAX_FUTURE)) || published.isBefore(EARLIEST)) {
      return "'" + published + "' is not a plausible publication time (from " + EARLIEST + " to a day after now)";
    }
    return null;
  }
}
