package io.mediamon.ingest.feed;

import io.mediamon.schema.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every configured feed when it is due and hands its new articles to the publisher. Feeds are polled side by
 * side on the given executor, each on its own schedule: a slow host, or a feed with many new pages to fetch, delays
 * no other feed, which is what keeps hundreds of feeds within a minute of publication. A feed is never polled twice
 * at once, and a poll starts only when its host's rate-limit slot is free: many feeds of one outlet wait their turn
 * here, in the dispatcher, rather than each holding an executor thread asleep while feeds of other hosts could run.
 *
 * <p>An article id is marked seen only after the publisher returned (i.e. the records are acknowledged), so a failed
 * publish is retried on the next poll instead of being lost. {@link #health()} may be read from any thread.
 */
public final class FeedIngest {
  private static final Logger LOG = LoggerFactory.getLogger(FeedIngest.class);
  /** How long the dispatcher may sleep when every thread (or every feed) is busy polling. */
  private static final Duration ALL_BUSY_RECHECK = Duration.ofMillis(100);

  private final FeedPoller poller;
  private final SeenArticles seen;
  private final FeedBackoff backoff;
  private final Clock clock;
  private final Executor executor;
  private final int maxPolls;
  private final Consumer<List<RawArticle>> publishAndWait;
  private final Map<FeedConfig, FeedHealth> health = new LinkedHashMap<>();
  private final Set<FeedConfig> polling = new HashSet<>();
  /** Polls finished since start, by outcome (a publish that failed counts as FAILED), for metrics. */
  private final Map<FeedPoll.Outcome, java.util.concurrent.atomic.LongAdder> polls =
      new java.util.EnumMap<>(FeedPoll.Outcome.class);

  /** Polls on the calling thread, one feed after another (tests, one-off tools). */
  public FeedIngest(List<FeedConfig> feeds, FeedPoller poller, SeenArticles seen, FeedBackoff backoff, Clock clock,
      Consumer<List<RawArticle>> publishAndWait) {
    this(feeds, poller, seen, backoff, clock, Runnable::run, Integer.MAX_VALUE, publishAndWait);
  }

  /**
   * @param executor runs the polls; its threads mostly wait for hosts (and for the rate limit of article pages)
   * @param maxPolls polls running at once at most, the executor's threads: a poll is started only when a thread is
   *     there to run it, so that it books its host's slot at once and a later round sees the host busy
   * @param publishAndWait publishes the articles and returns once they are acknowledged; throws when any failed.
   *     Called from the executor's threads side by side.
   */
  public FeedIngest(List<FeedConfig> feeds, FeedPoller poller, SeenArticles seen, FeedBackoff backoff, Clock clock,
      Executor executor, int maxPolls, Consumer<List<RawArticle>> publishAndWait) {
    for (FeedPoll.Outcome outcome : FeedPoll.Outcome.values()) {
      polls.put(outcome, new java.util.concurrent.atomic.LongAdder());
    }
    this.poller = poller;
    this.seen = seen;
    this.backoff = backoff;
    this.clock = clock;
    this.executor = executor;
    this.maxPolls = maxPolls;
    this.publishAndWait = publishAndWait;
    Instant now = clock.instant();
    for (FeedConfig feed : feeds) {
      health.put(feed, FeedHealth.initial(feed, now));
    }
  }

  /** Polls the feeds that are due now and waits for them; returns the number of articles published. */
  public int pollDue() {
    return startDue().stream().mapToInt(CompletableFuture::join).sum();
  }

  /**
   * Polls every feed once, due or not (a demo, a backfill), as fast as the per-host rate limit allows, and waits for
   * all; returns the number of articles published.
   */
  public int pollEachOnce() throws InterruptedException {
    Set<FeedConfig> remaining;
    synchronized (this) {
      remaining = new HashSet<>(health.keySet());
    }
    int published = 0;
    while (!remaining.isEmpty()) {
      List<Start> started = start(h -> remaining.contains(h.feed()));
      if (started.isEmpty()) {
        Thread.sleep(ALL_BUSY_RECHECK.toMillis()); // their hosts' slots are taken; they free up within a second
        continue;
      }
      for (Start poll : started) {
        published += poll.result().join();
        remaining.remove(poll.feed());
      }
    }
    return published;
  }

  /**
   * Starts a poll of every feed that is due and not being polled already, and returns at once: one future per poll,
   * completing with the number of articles that poll published.
   */
  public List<CompletableFuture<Integer>> startDue() {
    Instant now = clock.instant();
    return start(h -> !h.nextPollAt().isAfter(now)).stream().map(Start::result).toList();
  }

  private record Start(FeedConfig feed, CompletableFuture<Integer> result) {}

  /** Starts the eligible feeds that are not being polled and whose host is free, longest overdue first. */
  private List<Start> start(Predicate<FeedHealth> eligible) {
    List<FeedHealth> chosen = new ArrayList<>();
    synchronized (this) {
      Set<String> hosts = new HashSet<>();
      // Longest overdue first: in configuration order, feeds early in the list that are due again before the pool
      // got through the rest (slow hosts, few threads) would starve the feeds after them.
      List<FeedHealth> byDue = health.values().stream().sorted(Comparator.comparing(FeedHealth::nextPollAt)).toList();
      for (FeedHealth h : byDue) {
        if (polling.size() >= maxPolls) {
          break;
        }
        FeedConfig feed = h.feed();
        if (!eligible.test(h) || polling.contains(feed) || !poller.untilHostFree(feed).isZero()
            || (poller.limitsHosts() && !hosts.add(feed.url().getHost().toLowerCase(Locale.ROOT)))) {
          continue; // not due, running, or its host's slot is taken (now, or by a poll started here): later
        }
        chosen.add(h);
        polling.add(feed);
      }
    }
    List<Start> started = new ArrayList<>(chosen.size());
    for (FeedHealth before : chosen) {
      started.add(new Start(before.feed(), CompletableFuture.supplyAsync(() -> pollOne(before), executor)));
    }
    return started;
  }

  private int pollOne(FeedHealth before) {
    try {
      FeedPoll poll;
      try {
        poll = poller.poll(before.feed(), before.etag(), before.lastModified());
      } catch (RuntimeException e) {
        // A bug or a library surprise on one feed's content: that feed fails this round, the others go on.
        LOG.warn("Polling feed {} failed unexpectedly", before.feed().url(), e);
        poll = new FeedPoll(FeedPoll.Outcome.FAILED, List.of(), List.of(), before.etag(), before.lastModified(),
            "unexpected error: " + e);
      }
      // Items left out (an unusable or refused link, no content) are logged at every poll that finds them: they are
      // not marked seen, so an item fixed at its source gets in.
      for (String problem : poll.problems()) {
        LOG.warn("Feed {} ({}): {}", before.feed().source(), before.feed().url(), problem);
      }
      // The poller claimed these ids so that no other feed's poll fetches them meanwhile; released below whatever
      // happens: marked seen by then, or free for the next poll to try again.
      List<RawArticle> claimed = poll.articles();
      try {
        if (!poll.articles().isEmpty()) {
          try {
            publishAndWait.accept(poll.articles());
          } catch (RuntimeException e) {
            // Nothing is marked seen and the old validators are kept, so the next poll returns the same items.
            poll = new FeedPoll(FeedPoll.Outcome.FAILED, List.of(), poll.problems(), before.etag(),
                before.lastModified(), "publishing failed: " + e.getMessage());
          }
        }
        for (RawArticle article : poll.articles()) {
          seen.markSeen(article.getId());
        }
      } finally {
        poller.release(claimed);
      }
      FeedHealth after = before.after(poll, clock.instant(), backoff);
      polls.get(poll.outcome()).increment();
      synchronized (this) {
        health.put(before.feed(), after);
      }
      logChange(before, after);
      return poll.articles().size();
    } finally {
      synchronized (this) {
        polling.remove(before.feed());
      }
    }
  }

  /** Once per change of a feed's status, not per poll: with hundreds of feeds, a log ops can read. */
  private static void logChange(FeedHealth before, FeedHealth after) {
    if (after.status() == before.status()) {
      return;
    }
    if (after.status() == FeedHealth.Status.OK) {
      if (before.status() == FeedHealth.Status.NEW) {
        return; // the first good poll of every feed at start is no news
      }
      LOG.info("Feed {} ({}) is {} again", after.feed().source(), after.feed().url(), after.status());
    } else {
      LOG.warn("Feed {} ({}) is {}: {}; next poll at {}", after.feed().source(), after.feed().url(), after.status(),
          after.lastError(), after.nextPollAt());
    }
  }

  /**
   * Time until {@link #startDue()} can start the next poll (zero when it can now): a feed not being polled is ready
   * when it is due and its host's rate-limit slot is free. Feeds being polled count only once their poll ended.
   */
  public synchronized Duration untilNextDue() {
    if (polling.size() >= maxPolls) {
      return ALL_BUSY_RECHECK;
    }
    Instant now = clock.instant();
    return health.values().stream().filter(h -> !polling.contains(h.feed()))
        .map(h -> {
          Duration due = h.nextPollAt().isAfter(now) ? Duration.between(now, h.nextPollAt()) : Duration.ZERO;
          Duration host = poller.untilHostFree(h.feed());
          return due.compareTo(host) >= 0 ? due : host;
        })
        .min(Comparator.naturalOrder())
        .orElse(ALL_BUSY_RECHECK);
  }

  /** Polls finished since start with this outcome; may be read from any thread. */
  public long polls(FeedPoll.Outcome outcome) {
    return polls.get(outcome).sum();
  }

  /** A snapshot of every feed's health, in configuration order. */
  public synchronized List<FeedHealth> health() {
    return new ArrayList<>(health.values());
  }
}
