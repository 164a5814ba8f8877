package io.mediamon.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * At most one request per {@code minInterval} to each host, over all feeds and article pages: many feeds of one
 * outlet, and the article pages behind them, all land on a few hosts that must not be hammered.
 */
public final class HostRateLimiter {
  private final Duration minInterval;
  private final Clock clock;
  private final Map<String, Instant> nextFree = new HashMap<>();

  public HostRateLimiter(Duration minInterval, Clock clock) {
    if (minInterval.isNegative()) {
      throw new IllegalArgumentException("negative interval " + minInterval);
    }
    this.minInterval = minInterval;
    this.clock = clock;
  }

  public static HostRateLimiter unlimited() {
    return new HostRateLimiter(Duration.ZERO, Clock.systemUTC());
  }

  /** Books the next free slot of {@code host}; returns how long the caller must wait before sending. */
  public synchronized Duration reserve(String host) {
    if (minInterval.isZero()) {
      return Duration.ZERO;
    }
    String key = host.toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    Instant slot = nextFree.getOrDefault(key, now);
    if (slot.isBefore(now)) {
      slot = now;
    }
    nextFree.put(key, slot.plus(minInterval));
    return Duration.between(now, slot);
  }

  /** Whether there is a limit at all. */
  public boolean limits() {
    return !minInterval.isZero();
  }

  /** How long until the host's next free slot, without booking it (zero when it is free now). */
  public synchronized Duration untilFree(String host) {
    if (minInterval.isZero()) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    Instant slot = nextFree.get(host.toLowerCase(Locale.ROOT));
    return slot == null || !slot.isAfter(now) ? Duration.ZERO : Duration.between(now, slot);
  }

  /** Waits for the host's slot. */
  public void acquire(String host) throws InterruptedException {
    Duration wait = reserve(host);
    if (!wait.isZero()) {
      Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
    }
  }
}
