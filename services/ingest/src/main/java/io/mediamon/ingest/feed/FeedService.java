package io.mediamon.ingest.feed;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the feeds of {@code ingest.feeds.file}: polls each when it is due, publishes new articles to the raw topic
 * and remembers what it published in the compacted {@code topic.ingest-seen} topic, so a restart publishes nothing
 * twice. One thread; {@link #close()} stops it between polls.
 */
public final class FeedService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedService.class);
  private static final Duration LONGEST_SLEEP = Duration.ofSeconds(1);
  private static final int SEEN_CAPACITY = 1_000_000;
  private static final Duration PER_HOST_INTERVAL = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofHours(6);

  private final FeedIngest ingest;
  private final KafkaSeenArticles seen;
  private final ArticlePublisher publisher;
  private BackgroundLoop loop;

  private FeedService(FeedIngest ingest, KafkaSeenArticles seen, ArticlePublisher publisher) {
    this.ingest = ingest;
    this.seen = seen;
    this.publisher = publisher;
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

  private static FeedService open(MediamonConfig config, TopicDescriptor<String, RawArticle> raw,
      List<FeedConfig> feeds, String from) throws InterruptedException, java.util.concurrent.ExecutionException {
    Clock clock = Clock.systemUTC();
    KafkaSeenArticles seen = KafkaSeenArticles.open(config.kafkaClientProperties(),
        config.get(Setting.TOPIC_INGEST_SEEN), SEEN_CAPACITY, clock);
    ArticlePublisher publisher = new ArticlePublisher(config, raw);
    SafeFetcher fetcher = new SafeFetcher(FetchLimits.DEFAULT, new HostRateLimiter(PER_HOST_INTERVAL, clock));
    FeedIngest ingest = new FeedIngest(feeds, new FeedPoller(fetcher, new FeedParser(), seen, clock), seen,
        new FeedBackoff(MAX_BACKOFF, new SplittableRandom()), clock, articles -> {
          articles.forEach(publisher::publish);
          publisher.flush();
        });
    LOG.info("Following {} feed(s) from {}", feeds.size(), from);
    return new FeedService(ingest, seen, publisher);
  }

  /** Polls every feed once (they are all due at start); for the demo and backfills. */
  public int pollOnce() {
    int published = ingest.pollDue();
    seen.flush();
    logHealth();
    return published;
  }

  /** Polls in a thread of its own until closed. */
  public void start() {
    loop = new BackgroundLoop("mediamon-feeds", this::pollRound,
        () -> Duration.ofMillis(Math.min(ingest.untilNextDue().toMillis(), LONGEST_SLEEP.toMillis()))).start();
  }

  private void pollRound() {
    int published = ingest.pollDue();
    seen.flush();
    if (published > 0) {
      LOG.info("Published {} new article(s) from feeds", published);
      logHealth();
    }
  }

  private void logHealth() {
    ingest.health().stream().filter(h -> h.status() != FeedHealth.Status.OK)
        .forEach(h -> LOG.warn("Feed {}: {}", h.feed().source(), h));
  }

  public List<FeedHealth> health() {
    return ingest.health();
  }

  @Override
  public void close() {
    if (loop != null) {
      loop.close();
    }
    seen.close();
    publisher.close();
  }
}
