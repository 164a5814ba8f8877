package io.mediamon.app.bench;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.ExtractorTopology;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.ingest.ArticlePublisher;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same articles through Kafka: ingest's producer writes them to a raw topic of this run's own, the extractor
 * service (and nothing else) turns them into enriched records, and the run ends when the enriched topic (read
 * committed, as the correlator reads it) holds every article, or the dead-letter topic holds the rest. The clock
 * starts at the first send, once the service is running: articles arrive while it works, as in production.
 *
 * <p>Everything this run creates is named with its own prefix (topics, application id, so also the consumer
 * group), so it can run on a shared cluster or on the bench's one embedded broker; it deletes its topics and group
 * afterwards either way.
 */
final class EndToEndRun {
  static final String NAME = "end-to-end";
  private static final Logger LOG = LoggerFactory.getLogger(EndToEndRun.class);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  private final MediamonConfig base;
  private final ArticleAnalyzer analyzer;
  private final int threads;
  private final int partitions;
  private final Duration warmupTime;
  private final Duration timeout;

  /**
   * @param base configuration with the bootstrap servers of the cluster to run on
   * @param warmupTime how long to send the warm-up articles through before measuring
   */
  EndToEndRun(MediamonConfig base, ArticleAnalyzer analyzer, int threads, int partitions, Duration warmupTime,
      Duration timeout) {
    this.base = base;
    this.analyzer = analyzer;
    this.threads = threads;
    this.partitions = partitions;
    this.warmupTime = warmupTime;
    this.timeout = timeout;
  }

  /**
   * @param warmup articles sent through first, not measured (see {@link #warmUp})
   */
  RunFigures run(List<RawArticle> warmup, List<RawArticle> articles) throws Exception {
    String prefix = "mediamon-bench-" + UUID.randomUUID().toString().substring(0, 8);
    Path stateDir = Files.createTempDirectory("mediamon-bench-state-");
    try {
      MediamonConfig config = base.with(settings(prefix, stateDir));
      MediamonTopics topics = MediamonTopics.from(config);
      try (Admin admin = KafkaAccess.reachableAdmin(config)) {
        TopicCreator.ensureTopics(admin, topics);
        try {
          return measure(config, topics, warmup, articles);
        } finally {
          BenchCleanup.deleteRun(admin, prefix, List.of(prefix + "-" + ExtractorTopology.SERVICE));
        }
      }
    } finally {
      deleteRecursively(stateDir);
    }
  }

  private Map<String, String> settings(String prefix, Path stateDir) {
    Map<String, String> settings = BenchCleanup.ownTopics(prefix, partitions);
    settings.put(Setting.STREAM_THREADS.key(), Integer.toString(threads));
    settings.put(Setting.STATE_DIR.key(), stateDir.toString());
    return settings;
  }

  private RunFigures measure(MediamonConfig config, MediamonTopics topics, List<RawArticle> warmup,
      List<RawArticle> articles) throws Exception {
    try (EnrichedCollector collector = new EnrichedCollector(config, topics);
        Pipeline pipeline = Pipeline.start(config, Set.of(ExtractorTopology.SERVICE), () -> analyzer)) {
      pipeline.awaitRunning(START_TIMEOUT);
      warmUp(config, topics, collector, pipeline, warmup);
      HeapWatch heap = HeapWatch.start();
      CpuWatch cpu = CpuWatch.start();
      long start = System.nanoTime();
      EnrichedCollector.Result out = sendAndAwait(config, topics, collector, pipeline, articles, start);
      double seconds = (out.completedAtNanos() - start) / 1e9;
      double firstOut = (out.firstOutAtNanos() - start) / 1e9;
      CpuWatch.Figures cpuFigures = cpu.stop();
      LOG.info("End to end: first article out after {} ms; {} of {} enriched articles marked as copies of earlier ones",
          Math.round(firstOut * 1000), out.markedCopies(), out.enriched());
      return new RunFigures(NAME, articles.size(), out.enriched(), out.deadLettered(), out.duplicates(),
          out.tokens(), seconds, firstOut, cpuFigures, heap.stop(), Machine.loadAverage());
    }
  }

  /**
   * Sends the warm-up articles through, round after round, until {@code warmupTime} has passed, so that the
   * Kafka side (broker, clients, serdes) runs compiled code when the clock starts. Only warm-up articles are
   * repeated: a measured article is never one a near-duplicate stage has seen.
   */
  private void warmUp(MediamonConfig config, MediamonTopics topics, EnrichedCollector collector, Pipeline pipeline,
      List<RawArticle> warmup) throws Exception {
    if (warmup.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    int rounds = 0;
    do {
      sendAndAwait(config, topics, collector, pipeline, warmup, System.nanoTime());
      rounds++;
    } while (System.nanoTime() - start < warmupTime.toNanos());
    LOG.info("Warm-up through Kafka: {} round(s) of {} article(s) in {} ms", rounds, warmup.size(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Publishes the articles as ingest does, spread evenly over the partitions ({@link EvenPartitions}), and waits
   * until the enriched or dead-letter topic holds every one.
   */
  private EnrichedCollector.Result sendAndAwait(MediamonConfig config, MediamonTopics topics,
      EnrichedCollector collector, Pipeline pipeline, List<RawArticle> articles, long start) throws Exception {
    try (ArticlePublisher publisher = new ArticlePublisher(config, topics.raw())) {
      EvenPartitions spread = new EvenPartitions(partitions);
      articles.forEach(article -> publisher.publish(article, spread.partitionFor(article)));
      publisher.flush();
    }
    LOG.debug("Produced {} article(s) in {} ms", articles.size(), (System.nanoTime() - start) / 1_000_000);
    return collector.awaitAll(articles.stream().map(RawArticle::getId).collect(Collectors.toSet()),
        start + timeout.toNanos(), pipeline.anyFailure());
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the bench's state directory " + dir, e);
    }
  }
}
