package io.mediamon.ingest.feed;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Delay before the next poll of a failing feed: the poll interval doubled per consecutive failure, capped, then
 * jittered down by up to half so that feeds which failed together (one host down) do not retry together.
 */
public final class FeedBackoff {
  private final Duration max;
  private final RandomGenerator random;

  public FeedBackoff(Duration max, RandomGenerator random) {
    this.max = max;
    this.random = random;
  }

  /** {@code failures} is the number of consecutive failures, at least 1. */
  public Duration delay(Duration pollInterval, int failures) {
    long base = pollInterval.toMillis();
    long capped = Math.min(max.toMillis(), base << Math.min(failures, 20));
    long jittered = capped / 2 + (long) (random.nextDouble() * (capped - capped / 2));
    // Never sooner than the normal interval: a failing host gets fewer requests, not more.
    return Duration.ofMillis(Math.max(base, jittered));
  }
}
