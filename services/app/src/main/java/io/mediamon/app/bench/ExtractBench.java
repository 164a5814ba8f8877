package io.mediamon.app.bench;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.kafka.embedded.EmbeddedKafkaBroker;
import io.mediamon.schema.RawArticle;
import io.mediamon.stories.features.ArticleFeaturesFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throughput and heap of the extractor: first alone in process, then through Kafka end to end, on the same
 * articles with the same number of threads, so that the two rates compare.
 */
public final class ExtractBench {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractBench.class);

  /**
   * @param threads analyzer threads in process, stream threads end to end
   * @param partitions partitions of the end-to-end run's topics (at least {@code threads}, or threads idle)
   * @param warmup how long the in-process warm-up analyzes the articles (over and over)
   * @param kafkaWarmupPasses unmeasured end-to-end runs of the measured articles before the first measured one
   * @param kafkaWarmup how long each end-to-end run first sends the warm-up articles through (round after round)
   * @param timeout longest wait for the end-to-end run to finish
   * @param runs the runs in the order to run them: repeating them, or measuring in process after end to end (when
   *     the JIT compiler has seen the Kafka code too), shows how steady the figures are
   */
  public record Options(int threads, int partitions, Duration warmup, int kafkaWarmupPasses, Duration kafkaWarmup,
      Duration timeout, List<String> runs) {
    public Options {
      if (threads < 1 || partitions < 1 || kafkaWarmupPasses < 0) {
        throw new IllegalArgumentException(
            "threads and partitions must be at least 1, Kafka warm-up passes at least 0");
      }
      runs = List.copyOf(runs);
      if (runs.isEmpty() || !RUNS.containsAll(runs)) {
        throw new IllegalArgumentException("runs: " + runs + " (choose from " + RUNS + ", in any order)");
      }
    }

    boolean endToEnd() {
      return runs.contains(EndToEndRun.NAME);
    }
  }

  /** The runs there are; a bench runs any sequence of them, repeats included. */
  public static final List<String> RUNS = List.of(InProcessRun.CORENLP, InProcessRun.NAME, EndToEndRun.NAME);

  private ExtractBench() {}

  public static BenchReport run(MediamonConfig config, BenchCorpus corpus, CompletableFuture<ArticleAnalyzer> loading,
      Options options, String command) throws Exception {
    ArticleAnalyzer analyzer = loading.join();
    InProcessRun inProcess = new InProcessRun(analyzer,
        new ArticleFeaturesFactory(config.getInt(Setting.CORRELATOR_NEW_EVENT_MAX_AGE_DAYS)), options.threads());
    // Serves both runs: the end-to-end one uses the same analyzer, so its code is compiled by then too. The
    // measured articles are in it as well: the JIT compiler works for seconds on the paths new words take
    // through CoreNLP's CRF code, and the analyzer keeps no memory of earlier articles, so repeats cost nothing
    // but time. Kafka never sees them before they are measured.
    List<RawArticle> inProcessWarmup = new ArrayList<>(corpus.warmup());
    inProcessWarmup.addAll(corpus.articles());
    int warmupAnalyses = inProcess.warmUp(inProcessWarmup, options.warmup());
    // The reference shares the CRF models and code with the analyzer, compiled by now; its own tokenizer path
    // (raw bodies, CoreNLP's annotations) gets a third of the warm-up.
    InProcessRun reference = null;
    if (options.runs().contains(InProcessRun.CORENLP)) {
      reference = InProcessRun.coreNlp(options.threads());
      reference.warmUp(inProcessWarmup, options.warmup().dividedBy(3));
    }
    List<RunFigures> runs = new ArrayList<>();
    // One embedded broker for all end-to-end runs, as a service meets a broker that has been up for a while: a
    // broker started per run had its start-up and its code's compilation fall inside the measured runs. Each run
    // still has topics and an application id of its own, deleted after it.
    EmbeddedKafkaBroker embedded = null;
    MediamonConfig runConfig = config;
    boolean kafkaWarm = false;
    try {
      for (String run : options.runs()) {
        if (run.equals(EndToEndRun.NAME) && !runConfig.hasBootstrapServers()) {
          embedded = EmbeddedKafkaBroker.startTemporary(); // at the first end-to-end run, then for all of them
          runConfig = config.with(Setting.BOOTSTRAP_SERVERS, embedded.bootstrapServers());
        }
        if (run.equals(EndToEndRun.NAME) && !kafkaWarm) {
          warmUpKafka(runConfig, analyzer, corpus, options);
          kafkaWarm = true;
        }
        RunFigures figures = run.equals(InProcessRun.NAME) ? inProcess.run(corpus.articles())
            : run.equals(InProcessRun.CORENLP) ? reference.run(corpus.articles())
            : endToEnd(runConfig, analyzer, options).run(corpus.warmup(), corpus.articles());
        LOG.info("{}: {} article(s) in {} s", run, figures.analyzed(), figures.seconds());
        runs.add(figures);
      }
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
    String broker = config.hasBootstrapServers() ? config.get(Setting.BOOTSTRAP_SERVERS) : "embedded";
    String warmup = "all " + inProcessWarmup.size() + " articles analyzed " + warmupAnalyses + " times in "
        + options.warmup().toSeconds() + " s in process"
        + (options.endToEnd() && options.kafkaWarmupPasses() > 0 ? "; " + options.kafkaWarmupPasses()
            + " unmeasured end-to-end pass(es) of the measured articles, each on topics of its own" : "")
        + (options.endToEnd() && !corpus.warmup().isEmpty() ? "; " + corpus.warmup().size()
            + " further articles sent through Kafka for " + options.kafkaWarmup().toSeconds() + " s before each "
            + "end-to-end run" : "")
        + "; not counted";
    return new BenchReport(command, corpus.description(), warmup, options.threads(), options.partitions(), broker,
        runs);
  }

  /**
   * Unmeasured end-to-end runs of the very articles the measured runs send, each on topics and an application id of
   * its own (so no measured run's duplicate index has seen them): the JIT compiler compiles the broker's, the
   * clients' and Kafka Streams' code at the volume a measured run brings, which a trickle of warm-up articles does
   * not (with a 30 s trickle alone, compiling Kafka code still took 4 to 6 s of CPU inside the first measured run).
   * The in-process run is warmed up on the measured articles likewise.
   */
  private static void warmUpKafka(MediamonConfig config, ArticleAnalyzer analyzer, BenchCorpus corpus,
      Options options) throws Exception {
    for (int pass = 1; pass <= options.kafkaWarmupPasses(); pass++) {
      RunFigures figures = endToEnd(config, analyzer, options).run(corpus.warmup(), corpus.articles());
      LOG.info("Kafka warm-up pass {} of {} (not counted): {} article(s) in {} s", pass, options.kafkaWarmupPasses(),
          figures.analyzed(), figures.seconds());
    }
  }

  private static EndToEndRun endToEnd(MediamonConfig config, ArticleAnalyzer analyzer, Options options) {
    return new EndToEndRun(config, analyzer, options.threads(), options.partitions(), options.kafkaWarmup(),
        options.timeout());
  }
}
