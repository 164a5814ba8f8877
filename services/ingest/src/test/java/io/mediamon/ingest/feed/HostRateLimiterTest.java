package io.mediamon.ingest.feed;

import io.mediamon.net.PrivateAddressGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HostRateLimiterTest {
  @Test
  void spacesRequestsPerHost() {
    ManualClock clock = new ManualClock(Instant.parse("2026-03-07T09:00:00Z"));
    HostRateLimiter limiter = new HostRateLimiter(Duration.ofSeconds(2), clock);
    assertEquals(Duration.ZERO, limiter.reserve("news.example"));
    assertEquals(Duration.ofSeconds(2), limiter.reserve("news.example"));
    assertEquals(Duration.ofSeconds(4), limiter.reserve("NEWS.example"), "host names are case-insensitive");
    assertEquals(Duration.ZERO, limiter.reserve("other.example"), "other hosts are not held up");
    clock.advance(Duration.ofSeconds(10));
    assertEquals(Duration.ZERO, limiter.reserve("news.example"), "an idle host is free again");
  }

  @Test
  void unlimitedNeverWaits() {
    HostRateLimiter limiter = HostRateLimiter.unlimited();
    assertEquals(Duration.ZERO, limiter.reserve("a.example"));
    assertEquals(Duration.ZERO, limiter.reserve("a.example"));
  }

  @Test
  void fetcherWaitsForTheHostSlot() throws Exception {
    try (TestHttpServer server = new TestHttpServer()) {
      server.serve("/x", "text/plain", "x");
      SafeFetcher fetcher = new SafeFetcher(FetchLimits.DEFAULT,
          new HostRateLimiter(Duration.ofMillis(150), Clock.systemUTC()), PrivateAddressGuard.allowAll());
      long start = System.nanoTime();
      for (int i = 0; i < 3; i++) {
        assertInstanceOf(FetchResult.Fetched.class, fetcher.get(server.uri("/x")));
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(millis >= 290, "3 requests to one host took only " + millis + " ms");
    }
  }
}
