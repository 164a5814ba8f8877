package io.mediamon.delivery.retry;

/**
 * At most {@code perSecond} requests per second to one destination, evenly spaced: each caller gets the next free
 * slot and waits for it. A destination's own workers wait here, never those of another destination.
 */
public final class RateLimiter {
  private final long spacingNanos;
  private long nextFreeNanos;

  public RateLimiter(int perSecond) {
    this.spacingNanos = 1_000_000_000L / Math.max(1, perSecond);
    this.nextFreeNanos = System.nanoTime();
  }

  /** Reserves the next slot and returns how many nanoseconds from now it is. */
  synchronized long reserve(long nowNanos) {
    long slot = Math.max(nowNanos, nextFreeNanos);
    nextFreeNanos = slot + spacingNanos;
    return slot - nowNanos;
  }

  /** Waits for this caller's slot. */
  public void acquire() throws InterruptedException {
    long waitNanos = reserve(System.nanoTime());
    if (waitNanos > 0) {
      Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
    }
  }
}
