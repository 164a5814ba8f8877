package io.mediamon.app.bench;

import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor alone: the shared analyzer on {@code threads} threads that take the next article from one list
 * until it is empty, like stream threads that each own their share of the partitions, minus Kafka.
 */
final class InProcessRun {
  static final String NAME = "in-process";
  private static final Logger LOG = LoggerFactory.getLogger(InProcessRun.class);

  private final ArticleAnalyzer analyzer;
  private final int threads;

  InProcessRun(ArticleAnalyzer analyzer, int threads) {
    this.analyzer = analyzer;
    this.threads = threads;
  }

  /** Analyzes the articles without measuring, so that the measured runs start with compiled code. */
  void warmUp(List<RawArticle> articles) throws InterruptedException {
    if (!articles.isEmpty()) {
      long start = System.nanoTime();
      analyzeAll(articles);
      LOG.info("Warm-up: {} article(s) in {} ms", articles.size(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  RunFigures run(List<RawArticle> articles) throws InterruptedException {
    HeapWatch heap = HeapWatch.start();
    CpuWatch cpu = CpuWatch.start();
    long start = System.nanoTime();
    Counts counts = analyzeAll(articles);
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuWatch.Figures cpuFigures = cpu.stop();
    return new RunFigures(NAME, articles.size(), counts.analyzed.get(), counts.failed.get(), 0,
        counts.tokens.get(), seconds, cpuFigures, heap.stop(), Machine.loadAverage());
  }

  private Counts analyzeAll(List<RawArticle> articles) throws InterruptedException {
    Counts counts = new Counts();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads,
        r -> new Thread(r, CpuWatch.ANALYZER_THREAD_PREFIX + threadNumber.incrementAndGet()));
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(() -> {
          for (int index = next.getAndIncrement(); index < articles.size(); index = next.getAndIncrement()) {
            analyze(articles.get(index), counts);
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      return counts;
    } catch (ExecutionException e) {
      throw new IllegalStateException("the analyzer failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void analyze(RawArticle article, Counts counts) {
    try {
      EnrichedArticle enriched = analyzer.analyze(article);
      counts.tokens.addAndGet(TokenCounter.count(enriched.getCleanText()));
      counts.analyzed.incrementAndGet();
    } catch (IllegalArgumentException e) {
      // The analyzer's way of refusing an article (empty, binary); the stream service dead-letters these.
      LOG.warn("Article {} refused: {}", article.getId(), e.getMessage());
      counts.failed.incrementAndGet();
    }
  }

  private static final class Counts {
    final AtomicInteger analyzed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicLong tokens = new AtomicLong();
  }
}
