package io.mediamon.app.bench;

import io.mediamon.extractor.dedup.TextSignature;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import io.mediamon.stories.features.ArticleFeaturesFactory;
import java.time.Duration;
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
  /** The reference: plain CoreNLP (tokenize, ssplit, ner with NerTagger.REFERENCE_MODELS), nothing else. */
  static final String CORENLP = "corenlp";
  private static final Logger LOG = LoggerFactory.getLogger(InProcessRun.class);
  /** A sink for what a run computes and does not need. */
  private static final AtomicLong RESULTS = new AtomicLong();

  /** What a run does to one article: the tokens it counted; an IllegalArgumentException refuses the article. */
  interface Work {
    long process(RawArticle article);
  }

  private final String name;
  private final Work work;
  private final int threads;

  /**
   * Everything the pipeline computes from one article's text, the "full analyzer" of issue 15: the analyzer (clean
   * text, language, entities, claims, event mentions, fingerprint), the duplicate stage's text signature and the
   * story stage's features. The end-to-end run's extractor service does the first two; the story features are the
   * correlator's, about 3 % of the CPU here (JFR), so end to end is compared with a little more work than it does
   * (README, Benchmark).
   */
  InProcessRun(ArticleAnalyzer analyzer, ArticleFeaturesFactory storyFeatures, int threads) {
    this(NAME, article -> {
      EnrichedArticle enriched = analyzer.analyze(article);
      TextSignature signature = TextSignature.of(enriched.getCleanText());
      ArticleFeatures features = storyFeatures.features(enriched, List.of());
      // Kept, so that the compiler cannot drop the two computations as unused.
      RESULTS.accumulateAndGet(signature.exactHash() + features.getTerms().size(), Long::sum);
      return TokenCounter.count(enriched.getCleanText());
    }, threads);
  }

  InProcessRun(String name, Work work, int threads) {
    this.name = name;
    this.work = work;
    this.threads = threads;
  }

  /**
   * Plain CoreNLP over each article's body, as a reference whose rate mediamon's analyzer is compared with: the
   * two-model pipeline the throughput target was set against (NerTagger.REFERENCE_MODELS, the analyzer's other
   * settings), in the same JVM, on the same threads; tokens are CoreNLP's.
   */
  static InProcessRun coreNlp(int threads) {
    edu.stanford.nlp.pipeline.StanfordCoreNLP pipeline =
        new edu.stanford.nlp.pipeline.StanfordCoreNLP(io.mediamon.extractor.nlp.NerTagger.properties(
            io.mediamon.extractor.nlp.NerTagger.REFERENCE_MODELS));
    return new InProcessRun(CORENLP, article -> {
      edu.stanford.nlp.pipeline.Annotation annotation = new edu.stanford.nlp.pipeline.Annotation(article.getBody());
      pipeline.annotate(annotation);
      return annotation.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
    }, threads);
  }

  /**
   * Analyzes the articles over and over, each at least once, until {@code duration} has passed, so that the
   * measured runs start with compiled code: the JIT compiler keeps working on CoreNLP's CRF code for a few hundred
   * articles, and its threads would take CPU from the measured run. Repeats are harmless in process: the analyzer
   * keeps no memory of earlier articles.
   *
   * @return how many articles were analyzed
   */
  int warmUp(List<RawArticle> articles, Duration duration) throws InterruptedException {
    if (articles.isEmpty()) {
      return 0;
    }
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = pool();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(() -> {
          for (int index = next.getAndIncrement(); index < articles.size() || System.nanoTime() < end;
              index = next.getAndIncrement()) {
            analyze(articles.get(index % articles.size()), new Counts(), index < articles.size());
          }
        }));
      }
      await(workers);
    } finally {
      pool.shutdownNow();
    }
    int analyzed = next.get() - threads; // each worker drew one index it did not use
    LOG.info("Warm-up of {}: {} analyses of {} article(s) in {} ms", name, analyzed, articles.size(),
        (System.nanoTime() - start) / 1_000_000);
    return analyzed;
  }

  RunFigures run(List<RawArticle> articles) throws InterruptedException {
    ExecutorService pool = pool();
    try {
      HeapWatch heap = HeapWatch.start();
      CpuWatch cpu = CpuWatch.start();
      long start = System.nanoTime();
      Counts counts = analyzeAll(pool, articles);
      double seconds = (System.nanoTime() - start) / 1e9;
      double firstOut = (counts.firstDoneNanos.get() - start) / 1e9;
      // While the pool's threads are alive: the CPU time of ended threads is no longer in their group.
      CpuWatch.Figures cpuFigures = cpu.stop();
      return new RunFigures(name, articles.size(), counts.analyzed.get(), counts.failed.get(), 0,
          counts.tokens.get(), seconds, firstOut, cpuFigures, heap.stop(), Machine.loadAverage());
    } finally {
      pool.shutdownNow();
    }
  }

  private ExecutorService pool() {
    AtomicInteger threadNumber = new AtomicInteger();
    return Executors.newFixedThreadPool(threads,
        r -> new Thread(r, CpuWatch.ANALYZER_THREAD_PREFIX + threadNumber.incrementAndGet()));
  }

  private Counts analyzeAll(ExecutorService pool, List<RawArticle> articles) throws InterruptedException {
    Counts counts = new Counts();
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      workers.add(pool.submit(() -> {
        for (int index = next.getAndIncrement(); index < articles.size(); index = next.getAndIncrement()) {
          analyze(articles.get(index), counts, true);
        }
      }));
    }
    await(workers);
    return counts;
  }

  private static void await(List<Future<?>> workers) throws InterruptedException {
    try {
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the analyzer failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private void analyze(RawArticle article, Counts counts, boolean reportRefusal) {
    try {
      counts.tokens.addAndGet(work.process(article));
      counts.analyzed.incrementAndGet();
    } catch (IllegalArgumentException e) {
      // The analyzer's way of refusing an article (empty, binary); the stream service dead-letters these.
      if (reportRefusal) {
        LOG.warn("Article {} refused: {}", article.getId(), e.getMessage());
      }
      counts.failed.incrementAndGet();
    }
    counts.firstDoneNanos.compareAndSet(0, System.nanoTime());
  }

  private static final class Counts {
    final AtomicInteger analyzed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicLong tokens = new AtomicLong();
    /** {@link System#nanoTime()} when the first article was done; 0 before. */
    final AtomicLong firstDoneNanos = new AtomicLong();
  }
}
