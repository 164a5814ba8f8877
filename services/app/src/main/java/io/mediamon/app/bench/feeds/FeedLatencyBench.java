package io.mediamon.app.bench.feeds;

import io.mediamon.app.bench.BenchCleanup;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.ingest.ArticleIds;
import io.mediamon.ingest.feed.FeedConfig;
import io.mediamon.ingest.feed.FeedService;
import io.mediamon.kafka.embedded.EmbeddedKafkaBroker;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long after publication a new article is on the raw topic when ingest follows many feeds: local news sites
 * ({@link LocalNewsSites}, some slow, some failing) publish new items at random moments, ingest's feed service polls
 * them as in production (per-host rate limit, full-article fetch, parallel polls) into a real broker, and a consumer
 * of the raw topic notes when each item's article arrives.
 */
public final class FeedLatencyBench {
  private static final Logger LOG = LoggerFactory.getLogger(FeedLatencyBench.class);
  private static final Duration POLL = Duration.ofMillis(200);

  /**
   * @param sites news sites, each on a loopback address of its own
   * @param feedsPerSite feeds on each site
   * @param slowSites sites that answer every request after {@code slowDelay}
   * @param failingSites further sites that answer 503 to everything (load, no items counted)
   * @param threads feeds polled at the same time ({@code ingest.feeds.threads})
   * @param pollInterval every feed's poll interval
   * @param items new items published during {@code window}, at random moments, in random working feeds
   */
  public record Options(int sites, int feedsPerSite, int slowSites, Duration slowDelay, int failingSites, int threads,
      Duration pollInterval, int items, Duration window, long seed) {
    public Options {
      if (sites < 1 || feedsPerSite < 1 || threads < 1 || items < 1 || slowSites < 0 || failingSites < 0
          || slowSites + failingSites >= sites) {
        throw new IllegalArgumentException("need at least one site that works, a feed, a thread and an item");
      }
    }
  }

  /** Latencies in seconds from publication to the raw topic, for the items that arrived, in publication order. */
  /**
   * @param initialItems items the feeds listed at start, all to be published by the first polls
   * @param initialArrived how many of them were on the raw topic when the measured items began (after at most
   *     {@link #WARMUP_LIMIT})
   * @param warmup how long that took
   */
  public record Result(Options options, int feeds, int published, List<Double> latencies, int duplicates,
      int initialItems, int initialArrived, Duration warmup) {}

  /** The longest wait for the first polls; with too few threads for the feeds they may not get through. */
  static final Duration WARMUP_LIMIT = Duration.ofMinutes(10);

  private FeedLatencyBench() {}

  public static Result run(MediamonConfig base, Options options) throws Exception {
    EmbeddedKafkaBroker broker = null;
    try {
      MediamonConfig config = base;
      if (!config.hasBootstrapServers()) {
        broker = EmbeddedKafkaBroker.startTemporary();
        config = config.with(Setting.BOOTSTRAP_SERVERS, broker.bootstrapServers());
      }
      // Every topic named with the run's own prefix, so that it can run against a shared cluster and clean up.
      String prefix = "mediamon-bench-feeds-" + UUID.randomUUID().toString().substring(0, 8);
      Map<String, String> settings = new LinkedHashMap<>();
      for (Setting topic : List.of(Setting.TOPIC_RAW, Setting.TOPIC_ENRICHED, Setting.TOPIC_EVENTS,
          Setting.TOPIC_ALERTS, Setting.TOPIC_DEAD_LETTER, Setting.TOPIC_INGEST_SEEN)) {
        settings.put(topic.key(), prefix + "." + topic.key().substring("topic.".length()));
      }
      settings.put(Setting.INGEST_FEEDS_THREADS.key(), Integer.toString(options.threads()));
      config = config.with(settings);
      MediamonTopics topics = MediamonTopics.from(config);
      try (Admin admin = KafkaAccess.reachableAdmin(config)) {
        TopicCreator.ensureTopics(admin, topics);
        try (LocalNewsSites sites = new LocalNewsSites(options.sites(), options.feedsPerSite(), options.slowSites(),
            options.slowDelay(), options.failingSites());
            RawTopicWatch watch = new RawTopicWatch(config, topics.raw().name())) {
          return measure(config, topics, sites, watch, options);
        } finally {
          if (broker == null) {
            BenchCleanup.deleteRun(admin, prefix, List.of()); // the feed service has no consumer group
          }
        }
      }
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }

  private static Result measure(MediamonConfig config, MediamonTopics topics, LocalNewsSites sites,
      RawTopicWatch watch, Options options) throws Exception {
    List<LocalNewsSites.Feed> feeds = sites.feeds();
    List<LocalNewsSites.Feed> working = feeds.stream().filter(f -> !f.failing).toList();
    // Every working feed starts with two items: the first poll publishes them, and the measured items come after.
    Map<String, Long> initial = new HashMap<>();
    for (LocalNewsSites.Feed feed : working) {
      for (int i = 0; i < 2; i++) {
        initial.put(idOf(sites.publish(feed, Instant.now())), System.nanoTime());
      }
    }
    List<FeedConfig> configs = feeds.stream().map(f -> new FeedConfig(f.url, "site-" + f.site,
        options.pollInterval(), List.of("bench"), true)).toList();
    try (FeedService service = FeedService.open(config, topics.raw(), configs, "the feeds bench")) {
      long warmStart = System.nanoTime();
      service.start();
      int initialArrived = watch.awaitAll(initial.keySet(), WARMUP_LIMIT);
      Duration warmup = Duration.ofNanos(System.nanoTime() - warmStart);
      LOG.info("{} of the {} initial items of {} feeds on the raw topic after {} s", initialArrived, initial.size(),
          feeds.size(), warmup.toSeconds());

      Random random = new Random(options.seed());
      Map<String, Long> published = new ConcurrentHashMap<>();
      List<String> order = new ArrayList<>();
      long windowEnd = System.nanoTime() + options.window().toNanos();
      double meanGapNanos = options.window().toNanos() / (double) options.items();
      for (int i = 0; i < options.items(); i++) {
        long gap = (long) (-Math.log(1 - random.nextDouble()) * meanGapNanos);
        long next = Math.min(System.nanoTime() + gap, windowEnd);
        sleepUntil(next);
        LocalNewsSites.Feed feed = working.get(random.nextInt(working.size()));
        String id = idOf(sites.publish(feed, Instant.now()));
        published.put(id, System.nanoTime());
        order.add(id);
      }
      // Stragglers: one more poll interval and a minute; whatever is not there by then counts as missing.
      watch.awaitAll(published.keySet(), options.pollInterval().plusMinutes(1));
      List<Double> latencies = new ArrayList<>();
      for (String id : order) {
        Long arrived = watch.arrival(id);
        if (arrived != null) {
          latencies.add((arrived - published.get(id)) / 1e9);
        }
      }
      return new Result(options, feeds.size(), order.size(), latencies, watch.duplicates(), initial.size(),
          initialArrived, warmup);
    }
  }

  /** The id ingest gives the article behind this link. */
  private static String idOf(URI link) {
    return ArticleIds.fromUrl(ArticleIds.canonicalUrl(link.toString()));
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** Reads the raw topic from the beginning in a thread of its own and notes when each article id first arrived. */
  private static final class RawTopicWatch implements AutoCloseable {
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Exception failure;

    RawTopicWatch(MediamonConfig config, String topic) {
      Properties props = config.kafkaClientProperties();
      props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
      KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
          new ByteArrayDeserializer());
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      thread = new Thread(() -> {
        try (consumer) {
          while (running) {
            consumer.poll(POLL).forEach(record -> {
              arrivals.putIfAbsent(record.key(), System.nanoTime());
              counts.merge(record.key(), 1, Integer::sum);
            });
          }
        } catch (Exception e) {
          failure = e;
        }
      }, "bench-raw-topic-watch");
      thread.start();
    }

    /** Waits until every id arrived or the time is up; returns how many arrived. */
    int awaitAll(Set<String> ids, Duration atMost) throws Exception {
      long deadline = System.nanoTime() + atMost.toNanos();
      while (!arrivals.keySet().containsAll(ids) && System.nanoTime() < deadline) {
        if (failure != null) {
          throw failure;
        }
        Thread.sleep(POLL.toMillis());
      }
      return (int) ids.stream().filter(arrivals::containsKey).count();
    }

    Long arrival(String id) {
      return arrivals.get(id);
    }

    int duplicates() {
      return counts.values().stream().mapToInt(c -> c - 1).sum();
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join(10_000);
    }
  }
}
