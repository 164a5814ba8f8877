package io.mediamon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeedHealthTest {
  private static final Instant T0 = Instant.parse("2026-03-07T09:00:00Z");
  private static final Duration INTERVAL = Duration.ofMinutes(5);
  private final FeedConfig feed = new FeedConfig(URI.create("https://a.example/rss"), "A", INTERVAL, List.of(), true);
  private final FeedBackoff backoff = new FeedBackoff(Duration.ofHours(2), new SplittableRandom(42));

  @Test
  void backoffDoublesIsJitteredAndCapped() {
    Set<Duration> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      Duration d = backoff.delay(INTERVAL, 3);
      // 5 min * 2^3 = 40 min, jittered into [20, 40] min.
      assertTrue(d.compareTo(Duration.ofMinutes(20)) >= 0 && d.compareTo(Duration.ofMinutes(40)) <= 0, d.toString());
      seen.add(d);
    }
    assertTrue(seen.size() > 10, "jitter spreads the delays: " + seen.size() + " distinct");
    for (int i = 0; i < 20; i++) {
      Duration d = backoff.delay(INTERVAL, 30);
      assertTrue(d.compareTo(Duration.ofHours(1)) >= 0 && d.compareTo(Duration.ofHours(2)) <= 0, d.toString());
      assertTrue(backoff.delay(INTERVAL, 1).compareTo(INTERVAL) >= 0, "never sooner than the poll interval");
    }
  }

  @Test
  void failuresDegradeThenFailAndSuccessResets() {
    FeedPoll failed = new FeedPoll(FeedPoll.Outcome.FAILED, List.of(), List.of(), "\"e1\"", null, "HTTP 500");
    FeedHealth h = FeedHealth.initial(feed, T0);
    assertEquals(FeedHealth.Status.NEW, h.status());
    h = h.after(failed, T0, backoff);
    assertEquals(FeedHealth.Status.DEGRADED, h.status());
    assertEquals("HTTP 500", h.lastError());
    assertEquals("\"e1\"", h.etag());
    assertTrue(h.nextPollAt().isAfter(T0.plus(INTERVAL).minusMillis(1)));
    h = h.after(failed, T0, backoff).after(failed, T0, backoff);
    assertEquals(FeedHealth.Status.FAILING, h.status());
    assertEquals(3, h.consecutiveFailures());
    assertNull(h.lastSuccess());

    Instant later = T0.plus(Duration.ofHours(1));
    FeedPoll ok = new FeedPoll(FeedPoll.Outcome.NOT_MODIFIED, List.of(), List.of(), "\"e2\"", "Sat", null);
    h = h.after(ok, later, backoff);
    assertEquals(FeedHealth.Status.OK, h.status());
    assertEquals(0, h.consecutiveFailures());
    assertEquals(later, h.lastSuccess());
    assertEquals(later.plus(INTERVAL), h.nextPollAt());
    assertEquals("\"e2\"", h.etag());
    assertEquals("Sat", h.lastModified());
  }
}
