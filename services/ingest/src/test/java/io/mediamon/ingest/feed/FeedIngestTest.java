package io.mediamon.ingest.feed;

import io.mediamon.net.PrivateAddressGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedIngestTest {
  private static final Duration INTERVAL = Duration.ofMinutes(5);
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-07T09:00:00Z"));
  private final TestHttpServer server;
  private final InMemorySeenArticles seen = new InMemorySeenArticles(1000);
  private final FeedPoller poller = new FeedPoller(new SafeFetcher(FetchLimits.DEFAULT), new FeedParser(), seen, clock);
  private final List<RawArticle> published = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean kafkaDown = new AtomicBoolean();

  FeedIngestTest() throws IOException {
    server = new TestHttpServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FeedIngest ingest(List<FeedConfig> feeds) {
    return new FeedIngest(feeds, poller, seen, new FeedBackoff(Duration.ofHours(1), new SplittableRandom(7)), clock,
        articles -> {
          if (kafkaDown.get()) {
            throw new IllegalStateException("broker unreachable");
          }
          published.addAll(articles);
        });
  }

  private FeedConfig feed(String path, String source) {
    return new FeedConfig(server.uri(path), source, INTERVAL, List.of(), false);
  }

  private FeedIngest parallelIngest(List<FeedConfig> feeds, ExecutorService pool) {
    return new FeedIngest(feeds, poller, seen, new FeedBackoff(Duration.ofHours(1), new SplittableRandom(7)), clock,
        pool, 2, articles -> {
          synchronized (published) {
            published.addAll(articles);
          }
        });
  }

  @Test
  void aSlowFeedDelaysNoOtherAndIsNotStartedTwice() throws Exception {
    CountDownLatch slowRequested = new CountDownLatch(1);
    CountDownLatch releaseSlow = new CountDownLatch(1);
    server.handle("/slow", exchange -> {
      slowRequested.countDown();
      await(releaseSlow);
      TestHttpServer.respond(exchange, 200, "application/atom+xml",
          FeedSamples.atom(server.uri("/budget").toString()).getBytes(StandardCharsets.UTF_8));
    });
    server.serve("/fast", "application/atom+xml", FeedSamples.atom(server.uri("/storm").toString()));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      FeedIngest ingest = parallelIngest(List.of(feed("/slow", "Slow"), feed("/fast", "Fast")), pool);

      List<CompletableFuture<Integer>> polls = ingest.startDue();
      assertTrue(slowRequested.await(10, TimeUnit.SECONDS));

      assertEquals(1, polls.get(1).get(10, TimeUnit.SECONDS), "the fast feed is done while the slow one waits");
      assertFalse(polls.get(0).isDone());
      assertTrue(ingest.startDue().isEmpty(), "the slow feed is being polled: not started again");
      assertEquals(INTERVAL, ingest.untilNextDue(), "the fast feed is next, after its interval; the slow one, being "
          + "polled, does not count as due");
      releaseSlow.countDown();
      assertEquals(1, polls.get(0).get(10, TimeUnit.SECONDS));
      assertEquals(2, published.size());
    } finally {
      releaseSlow.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void feedsOfOneHostStartOnePerRateLimitSlotSoNoThreadSleepsForIt() throws Exception {
    server.serve("/a", "application/atom+xml", FeedSamples.atom(server.uri("/storm").toString()));
    server.serve("/b", "application/atom+xml", FeedSamples.atom(server.uri("/budget").toString()));
    // One request a minute to a host, on the test's clock: nothing sleeps, the dispatcher has to wait its turn.
    FeedPoller limited = new FeedPoller(new SafeFetcher(FetchLimits.DEFAULT,
        new HostRateLimiter(Duration.ofMinutes(1), clock), PrivateAddressGuard.allowAll()), new FeedParser(), seen,
        clock);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      FeedIngest ingest = new FeedIngest(List.of(feed("/a", "A"), feed("/b", "B")), limited, seen,
          new FeedBackoff(Duration.ofHours(1), new SplittableRandom(7)), clock, pool, 2, published::addAll);

      List<CompletableFuture<Integer>> first = ingest.startDue();
      assertEquals(1, first.size(), "one poll per host slot");
      assertEquals(1, first.get(0).get(10, TimeUnit.SECONDS));
      assertTrue(ingest.startDue().isEmpty(), "the host's next slot is a minute away");
      assertEquals(Duration.ofMinutes(1), ingest.untilNextDue());

      clock.advance(Duration.ofMinutes(1));
      List<CompletableFuture<Integer>> second = ingest.startDue();
      assertEquals(1, second.size());
      assertEquals(1, second.get(0).get(10, TimeUnit.SECONDS));
      assertEquals(2, server.requests.get(), "each feed fetched once, no article page (full fetch off)");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pollEachOnceGetsThroughEveryFeedOfAHostOneSlotAfterTheOther() throws Exception {
    server.serve("/a", "application/atom+xml", FeedSamples.atom(server.uri("/storm").toString()));
    server.serve("/b", "application/atom+xml", FeedSamples.atom(server.uri("/budget").toString()));
    server.serve("/c", "application/atom+xml", FeedSamples.atom(server.uri("/ferry").toString()));
    FeedPoller limited = new FeedPoller(new SafeFetcher(FetchLimits.DEFAULT,
        new HostRateLimiter(Duration.ofMillis(200), java.time.Clock.systemUTC()), PrivateAddressGuard.allowAll()),
        new FeedParser(), seen, clock);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      FeedIngest ingest = new FeedIngest(List.of(feed("/a", "A"), feed("/b", "B"), feed("/c", "C")), limited, seen,
          new FeedBackoff(Duration.ofHours(1), new SplittableRandom(7)), clock, pool, 2, published::addAll);

      assertEquals(3, ingest.pollEachOnce(), "one host, three feeds: each polled in its own slot");
      assertEquals(List.of("A", "B", "C"), published.stream().map(RawArticle::getSource).sorted().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theLongestOverdueFeedStartsFirstWhenThreadsAreShort() throws Exception {
    server.serve("/a", "application/atom+xml", FeedSamples.atom(server.uri("/storm").toString()));
    server.serve("/b", "application/atom+xml", FeedSamples.atom(server.uri("/budget").toString()));
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      FeedIngest ingest = new FeedIngest(List.of(feed("/a", "A"), feed("/b", "B")), poller, seen,
          new FeedBackoff(Duration.ofHours(1), new SplittableRandom(7)), clock, pool, 1, published::addAll);
      List<CompletableFuture<Integer>> first = ingest.startDue();
      assertEquals(1, first.size(), "one thread: one poll at a time");
      first.get(0).get(10, TimeUnit.SECONDS); // A, first in the list; due again after its interval
      clock.advance(INTERVAL.multipliedBy(2));

      // Both are due now; B has waited since the start, A only since one interval ago.
      List<CompletableFuture<Integer>> next = ingest.startDue();
      assertEquals(1, next.get(0).get(10, TimeUnit.SECONDS));
      assertEquals(List.of("A", "B"), published.stream().map(RawArticle::getSource).toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anArticleInTwoFeedsPolledAtOnceIsFetchedAndPublishedOnce() throws Exception {
    CountDownLatch releasePage = new CountDownLatch(1);
    AtomicInteger pageRequests = new AtomicInteger();
    server.handle("/storm", exchange -> {
      pageRequests.incrementAndGet();
      await(releasePage);
      TestHttpServer.respond(exchange, 200, "text/html",
          "<html><body><p>Storm warning for the coast.</p></body></html>".getBytes(StandardCharsets.UTF_8));
    });
    server.serve("/a", "application/atom+xml", FeedSamples.atom(server.uri("/storm").toString()));
    server.serve("/b", "application/atom+xml", FeedSamples.atom(server.uri("/storm").toString()));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<FeedConfig> feeds = List.of(new FeedConfig(server.uri("/a"), "A", INTERVAL, List.of(), true),
          new FeedConfig(server.uri("/b"), "B", INTERVAL, List.of(), true));
      FeedIngest ingest = parallelIngest(feeds, pool);

      List<CompletableFuture<Integer>> polls = ingest.startDue();
      // The poll that claimed the article waits for its page; the other passes over it and ends.
      Object first = CompletableFuture.anyOf(polls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
      assertEquals(0, first);
      releasePage.countDown();
      assertEquals(1, polls.get(0).get(10, TimeUnit.SECONDS) + polls.get(1).get(10, TimeUnit.SECONDS));
      assertEquals(1, pageRequests.get());
      assertEquals(1, published.size());
      assertTrue(seen.isSeen(published.get(0).getId()));
    } finally {
      releasePage.countDown();
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void publishesNewItemsOnceAndPollsOnlyWhenDue() {
    server.serve("/rss", "application/rss+xml",
        FeedSamples.rss20(server.uri("/storm").toString(), server.uri("/budget").toString()));
    server.serve("/atom", "application/atom+xml", FeedSamples.atom(server.uri("/storm").toString()));
    FeedIngest ingest = ingest(List.of(feed("/rss", "Harbour Times"), feed("/atom", "Coast Wire")));
    assertEquals(2, ingest.pollDue(), "the storm article is in both feeds and published once");
    assertEquals(0, ingest.pollDue(), "nothing is due yet");
    assertEquals(2, server.requests.get());
    assertEquals(INTERVAL, ingest.untilNextDue());
    clock.advance(INTERVAL);
    assertEquals(0, ingest.pollDue(), "the same items are not published again");
    assertEquals(4, server.requests.get());
    assertEquals(2, published.size());
    ingest.health().forEach(h -> assertEquals(FeedHealth.Status.OK, h.status()));
  }

  @Test
  void failedPublishIsRetriedOnTheNextPoll() {
    server.serve("/atom", "application/atom+xml", FeedSamples.atom(server.uri("/storm").toString()));
    FeedIngest ingest = ingest(List.of(feed("/atom", "Coast Wire")));
    kafkaDown.set(true);
    assertEquals(0, ingest.pollDue());
    FeedHealth h = ingest.health().get(0);
    assertEquals(FeedHealth.Status.DEGRADED, h.status());
    assertEquals("publishing failed: broker unreachable", h.lastError());
    kafkaDown.set(false);
    clock.advance(Duration.ofHours(1));
    assertEquals(1, ingest.pollDue());
    assertEquals("Storm warning for the coast", published.get(0).getTitle());
  }

  @Test
  void failingFeedBacksOffAndTurnsFailing() {
    server.handle("/down", exchange -> TestHttpServer.respond(exchange, 503, "text/plain", "busy".getBytes()));
    FeedIngest ingest = ingest(List.of(feed("/down", "Down")));
    for (int i = 0; i < 3; i++) {
      ingest.pollDue();
      Duration wait = ingest.untilNextDue();
      assertTrue(wait.compareTo(INTERVAL) >= 0, "backoff " + wait + " after failure " + (i + 1));
      clock.advance(wait);
    }
    FeedHealth h = ingest.health().get(0);
    assertEquals(FeedHealth.Status.FAILING, h.status());
    assertEquals(3, h.consecutiveFailures());
    assertEquals("HTTP 503", h.lastError());
  }
}
