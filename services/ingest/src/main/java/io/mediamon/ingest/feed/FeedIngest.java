package io.mediamon.ingest.feed;

import io.mediamon.schema.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Polls every configured feed when it is due and hands its new articles to the publisher. An article id is marked
 * seen only after the publisher returned (i.e. the records are acknowledged), so a failed publish is retried on the
 * next poll instead of being lost. One thread calls {@link #pollDue()}; {@link #health()} may be read from others.
 */
public final class FeedIngest {
  private final FeedPoller poller;
  private final SeenArticles seen;
  private final FeedBackoff backoff;
  private final Clock clock;
  private final Consumer<List<RawArticle>> publishAndWait;
  private final Map<FeedConfig, FeedHealth> health = new LinkedHashMap<>();

  /**
   * @param publishAndWait publishes the articles and returns once they are acknowledged; throws when any failed
   */
  public FeedIngest(List<FeedConfig> feeds, FeedPoller poller, SeenArticles seen, FeedBackoff backoff, Clock clock,
      Consumer<List<RawArticle>> publishAndWait) {
    this.poller = poller;
    this.seen = seen;
    this.backoff = backoff;
    this.clock = clock;
    this.publishAndWait = publishAndWait;
    Instant now = clock.instant();
    for (FeedConfig feed : feeds) {
      health.put(feed, FeedHealth.initial(feed, now));
    }
  }

  /** Polls the feeds that are due now; returns the number of articles published. */
  public int pollDue() {
    List<FeedHealth> due;
    synchronized (this) {
      Instant now = clock.instant();
      due = health.values().stream().filter(h -> !h.nextPollAt().isAfter(now)).toList();
    }
    int published = 0;
    for (FeedHealth before : due) {
      FeedPoll poll = poller.poll(before.feed(), before.etag(), before.lastModified());
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
      published += poll.articles().size();
      FeedHealth after = before.after(poll, clock.instant(), backoff);
      synchronized (this) {
        health.put(before.feed(), after);
      }
    }
    return published;
  }

  /** Time until the next feed is due (zero when one is due now). */
  public synchronized Duration untilNextDue() {
    Instant now = clock.instant();
    return health.values().stream().map(FeedHealth::nextPollAt).min(Comparator.naturalOrder())
        .map(next -> next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO)
        .orElse(Duration.ZERO);
  }

  /** A snapshot of every feed's health, in configuration order. */
  public synchronized List<FeedHealth> health() {
    return new ArrayList<>(health.values());
  }
}
