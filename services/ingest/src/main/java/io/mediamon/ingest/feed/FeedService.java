package io.mediamon.ingest.feed;

import io.mediamon.net.PrivateAddressGuard;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.ingest.ArticlePublisher;
import io.mediamon.ingest.BackgroundLoop;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.TopicDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the feeds of {@code ingest.feeds.file}: polls each when it is due, publishes new articles to the raw topic
 * and remembers what it published in the compacted {@code topic.ingest-seen} topic, so a restart publishes nothing
 * twice. One dispatcher thread starts the polls that are due on a pool of {@code ingest.feeds.threads};
 * {@link #close()} stops both (a poll cut short publishes again on the next start, it loses nothing).
 */
public final class FeedService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedService.class);
  private static final Duration LONGEST_SLEEP = Duration.ofSeconds(1);
  /** A started poll books its host's slot within milliseconds; the dispatcher looks again after that. */
  private static final Duration SHORTEST_SLEEP = Duration.ofMillis(20);
  private static final int SEEN_CAPACITY = 1_000_000;
  private static final Duration PER_HOST_INTERVAL = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofHours(6);

  private static final Duration POLL_STOP_TIMEOUT = Duration.ofSeconds(15);

  private final FeedIngest ingest;
  private final KafkaSeenArticles seen;
  private final ArticlePublisher publisher;
  private final ExecutorService pollers;
  private BackgroundLoop loop;

  private FeedService(FeedIngest ingest, KafkaSeenArticles seen, ArticlePublisher publisher,
      ExecutorService pollers) {
    this.ingest = ingest;
    this.seen = seen;
    this.publisher = publisher;
    this.pollers = pollers;
  }

  /** Reads the feed file (a {@link FeedConfigException} names every problem) and connects to Kafka. */
  public static FeedService open(MediamonConfig config, TopicDescriptor<String, RawArticle> raw, Path feedsFile)
      throws IOException, FeedConfigException, InterruptedException, java.util.concurrent.ExecutionException {
    return open(config, raw, new FeedConfigReader().read(feedsFile), feedsFile.toString());
  }

  /** Feeds given by URL alone (the demo's --feed): source = host, default poll interval, full-article fetch on. */
  public static FeedService forUrls(MediamonConfig config, TopicDescriptor<String, RawArticle> raw, List<String> urls)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    List<FeedConfig> feeds = new java.util.ArrayList<>();
    for (String url : urls) {
      java.net.URI uri;
      try {
        uri = java.net.URI.create(url.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--feed '" + url + "' is not a URL: " + e.getMessage());
      }
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException("--feed '" + url + "' must be an http(s) URL");
      }
      feeds.add(new FeedConfig(uri, uri.getHost(), Duration.ofMinutes(15), List.of(), true));
    }
    return open(config, raw, feeds, "the command line");
  }

  /**
   * Feeds already read (or built, as the feeds bench does).
   *
   * @param from where the feeds came from, for the log
   */
  public static FeedService open(MediamonConfig config, TopicDescriptor<String, RawArticle> raw,
      List<FeedConfig> feeds, String from) throws InterruptedException, java.util.concurrent.ExecutionException {
    Clock clock = Clock.systemUTC();
    KafkaSeenArticles seen = KafkaSeenArticles.open(config.kafkaClientProperties(),
        config.get(Setting.TOPIC_INGEST_SEEN), SEEN_CAPACITY, clock);
    ArticlePublisher publisher = new ArticlePublisher(config, raw);
    PrivateAddressGuard guard = config.getBoolean(Setting.INGEST_FEEDS_ALLOW_PRIVATE_ADDRESSES)
        ? PrivateAddressGuard.allowAll() : PrivateAddressGuard.publicOnly();
    SafeFetcher fetcher = new SafeFetcher(FetchLimits.DEFAULT, new HostRateLimiter(PER_HOST_INTERVAL, clock), guard);
    int threads = config.getInt(Setting.INGEST_FEEDS_THREADS);
    ExecutorService pollers = Executors.newFixedThreadPool(threads, pollerThreads());
    FeedIngest ingest = new FeedIngest(feeds, new FeedPoller(fetcher, new FeedParser(), seen, clock), seen,
        new FeedBackoff(MAX_BACKOFF, new SplittableRandom()), clock, pollers, threads, publisher::publishAndWait);
    LOG.info("Following {} feed(s) from {}, {} at a time", feeds.size(), from, threads);
    return new FeedService(ingest, seen, publisher, pollers);
  }

  private static ThreadFactory pollerThreads() {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "mediamon-feed-poller-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Polls every feed once, as fast as the per-host rate limit allows; for the demo and backfills. */
  public int pollOnce() throws InterruptedException {
    int published = ingest.pollEachOnce();
    seen.flush();
    logHealth();
    return published;
  }

  /** Polls in a thread of its own until closed. */
  public void start() {
    loop = new BackgroundLoop("mediamon-feeds", this::pollRound,
        () -> Duration.ofMillis(Math.max(SHORTEST_SLEEP.toMillis(),
            Math.min(ingest.untilNextDue().toMillis(), LONGEST_SLEEP.toMillis())))).start();
  }

  /** Starts the polls that are due; each reports when it ends, so the dispatcher never waits for a slow feed. */
  private void pollRound() {
    for (CompletableFuture<Integer> poll : ingest.startDue()) {
      poll.whenComplete((published, error) -> {
        if (error != null) {
          LOG.error("A feed poll ended with an error", error);
        } else if (published > 0) {
          seen.flush();
          LOG.info("Published {} new article(s) from feeds", published);
        }
      });
    }
  }

  private void logHealth() {
    ingest.health().stream().filter(h -> h.status() != FeedHealth.Status.OK)
        .forEach(h -> LOG.warn("Feed {}: {}", h.feed().source(), h));
  }

  public List<FeedHealth> health() {
    return ingest.health();
  }

  /** The producer that publishes the feeds' articles, for its client metrics. */
  public org.apache.kafka.clients.producer.Producer<?, ?> producer() {
    return publisher.producer();
  }

  /** Polls finished since start with this outcome. */
  public long polls(FeedPoll.Outcome outcome) {
    return ingest.polls(outcome);
  }

  @Override
  public void close() {
    if (loop != null) {
      loop.close();
    }
    pollers.shutdownNow(); // interrupts waits for hosts and rate limits; those polls publish again next time
    try {
      if (!pollers.awaitTermination(POLL_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Feed polls still running after {} s; closing Kafka clients anyway", POLL_STOP_TIMEOUT.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    seen.close();
    publisher.close();
  }
}
