package io.mediamon.ingest.feed;

import java.time.Instant;

/**
 * Where one feed stands, for status output and metrics, and what to send on its next poll.
 *
 * @param feed the feed
 * @param status OK after a good poll, DEGRADED after 1-2 consecutive failures, FAILING from 3 on, NEW before the first
 * @param consecutiveFailures failures since the last good poll
 * @param lastSuccess time of the last good poll (fetched or not modified), or null
 * @param lastError reason of the last failure, or null
 * @param etag validator for the next poll, or null
 * @param lastModified validator for the next poll, or null
 * @param nextPollAt when the feed is due next
 */
public record FeedHealth(FeedConfig feed, Status status, int consecutiveFailures, Instant lastSuccess,
    String lastError, String etag, String lastModified, Instant nextPollAt) {
  static final int FAILING_AFTER = 3;

  public enum Status { NEW, OK, DEGRADED, FAILING }

  public static FeedHealth initial(FeedConfig feed, Instant now) {
    return new FeedHealth(feed, Status.NEW, 0, null, null, null, null, now);
  }

  /** The state after {@code poll} finished at {@code now}. */
  public FeedHealth after(FeedPoll poll, Instant now, FeedBackoff backoff) {
    if (poll.outcome() == FeedPoll.Outcome.FAILED) {
      int failures = consecutiveFailures + 1;
      return new FeedHealth(feed, failures >= FAILING_AFTER ? Status.FAILING : Status.DEGRADED, failures,
          lastSuccess, poll.failure(), poll.etag(), poll.lastModified(),
          now.plus(backoff.delay(feed.pollInterval(), failures)));
    }
    return new FeedHealth(feed, Status.OK, 0, now, lastError, poll.etag(), poll.lastModified(),
        now.plus(feed.pollInterval()));
  }
}
