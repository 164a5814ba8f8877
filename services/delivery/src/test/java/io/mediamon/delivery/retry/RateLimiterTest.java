package io.mediamon.delivery.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void spacesRequestsEvenly() {
    RateLimiter limiter = new RateLimiter(4); // one per 250 ms
    long now = System.nanoTime() + 1_000_000_000L;
    assertEquals(0, limiter.reserve(now));
    assertEquals(250_000_000L, limiter.reserve(now));
    assertEquals(500_000_000L, limiter.reserve(now));
    assertEquals(0, limiter.reserve(now + 2_000_000_000L), "an idle limiter saves no burst");
  }
}
