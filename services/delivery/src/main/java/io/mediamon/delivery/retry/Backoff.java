package io.mediamon.delivery.retry;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * Exponential backoff with full jitter: retry n (from 1) waits a uniformly random time in
 * [0, min(cap, base * 2^(n-1))]. Full jitter spreads the retries of many alerts to one receiver that came back, instead
 * of sending them all again at the same instant.
 */
public final class Backoff {
  private final long baseMillis;
  private final long capMillis;
  /** Given an exclusive bound, a random number in [0, bound); injected so tests can pin it. */
  private final LongUnaryOperator random;

  public Backoff(Duration base, Duration cap, LongUnaryOperator random) {
    this.baseMillis = Math.max(1, base.toMillis());
    this.capMillis = Math.max(baseMillis, cap.toMillis());
    this.random = random;
  }

  public static Backoff withRandomJitter(Duration base, Duration cap) {
    return new Backoff(base, cap, bound -> java.util.concurrent.ThreadLocalRandom.current().nextLong(bound));
  }

  /** The largest delay of retry n (from 1). */
  public long ceilingMillis(int retry) {
    int doublings = Math.min(Math.max(0, retry - 1), 40); // 2^40 ms is decades: enough to reach any cap
    long ceiling = baseMillis << doublings;
    return ceiling <= 0 || ceiling > capMillis ? capMillis : ceiling;
  }

  /** How long to wait before retry n (from 1). */
  public Duration delay(int retry) {
    return Duration.ofMillis(random.applyAsLong(ceilingMillis(retry) + 1));
  }
}
