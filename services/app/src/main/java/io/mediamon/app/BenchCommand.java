package io.mediamon.app;

import io.mediamon.app.bench.BenchCorpus;
import io.mediamon.app.bench.BenchReport;
import io.mediamon.app.bench.ExtractBench;
import io.mediamon.app.bench.feeds.FeedLatencyBench;
import io.mediamon.app.bench.feeds.FeedLatencyReport;
import io.mediamon.config.Setting;
import io.mediamon.config.MediamonConfig;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.json.AvroJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Benchmarks; their figures go in the README with the command that produced them. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure throughput and heap of mediamon's services.",
    subcommands = {BenchCommand.Extract.class, BenchCommand.Feeds.class, BenchStoriesCommand.class,
        BenchChaosCommand.class, BenchLatencyCommand.class, BenchScaleCommand.class, BenchDuplicatesCommand.class})
public final class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: extract, feeds, stories, duplicates, chaos, latency or scale");
  }

  /** The command as typed, from the root command on (mediamon, or bench alone when run on its own). */
  static String commandLine(CommandSpec spec) {
    CommandLine root = spec.root().commandLine();
    String name = root.getCommandName();
    return (name.equals("mediamon") ? "" : "mediamon ") + name + " "
        + String.join(" ", root.getParseResult().originalArgs());
  }

  /** Publication-to-raw-topic latency of ingest following many feeds, some of them slow or failing. */
  @Command(name = "feeds", mixinStandardHelpOptions = true,
      description = {"How long after publication new articles are on the raw topic while ingest follows many feeds: "
          + "local news sites (each on a loopback address of its own, some slow, some failing) publish new items at "
          + "random moments; ingest polls them as in production (rate limit per host, full-article fetch, parallel "
          + "polls) into an embedded broker or --bootstrap-servers."})
  static final class Feeds implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--sites", defaultValue = "30", description = "News sites (default ${DEFAULT-VALUE}).")
    int sites;

    @Option(names = "--feeds-per-site", defaultValue = "10", description = "Feeds per site (default ${DEFAULT-VALUE}).")
    int feedsPerSite;

    @Option(names = "--slow-sites", defaultValue = "3",
        description = "Sites that answer every request after --slow-delay (default ${DEFAULT-VALUE}).")
    int slowSites;

    @Option(names = "--slow-delay", paramLabel = "DURATION", defaultValue = "PT5S",
        description = "How long slow sites take per request (default ${DEFAULT-VALUE}).")
    Duration slowDelay;

    @Option(names = "--failing-sites", defaultValue = "3",
        description = "Sites that answer 503 to everything (default ${DEFAULT-VALUE}).")
    int failingSites;

    @Option(names = "--threads", paramLabel = "N",
        description = "Feeds polled at the same time (default: ingest.feeds.threads).")
    Integer threads;

    @Option(names = "--poll-interval", paramLabel = "DURATION", defaultValue = "PT30S",
        description = "Every feed's poll interval (default ${DEFAULT-VALUE}, the shortest a feed file allows).")
    Duration pollInterval;

    @Option(names = "--items", defaultValue = "200",
        description = "New items published during the window (default ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "PT3M",
        description = "How long new items are published (default ${DEFAULT-VALUE}).")
    Duration window;

    @Option(names = "--seed", defaultValue = "1",
        description = "Seed of the random publication (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      MediamonConfig config = options.load();
      FeedLatencyBench.Options benchOptions;
      try {
        benchOptions = new FeedLatencyBench.Options(sites, feedsPerSite, slowSites, slowDelay, failingSites,
            threads != null ? threads : config.getInt(Setting.INGEST_FEEDS_THREADS), pollInterval, items, window,
            seed);
      } catch (IllegalArgumentException e) {
        throw new UserError("bench feeds: " + e.getMessage() + " (--sites, --feeds-per-site, --threads, --items at "
            + "least 1; --slow-sites + --failing-sites below --sites)");
      }
      FeedLatencyReport report = new FeedLatencyReport(commandLine(spec),
          FeedLatencyBench.run(config, benchOptions));
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? AvroJson.write(report.json()) + "\n" : report.table());
      out.flush();
      return 0;
    }
  }

  /**
   * The extractor's articles/s, tokens/s and heap, alone in process and through Kafka end to end (raw topic to
   * enriched topic), on the same articles with as many analyzer threads as stream threads.
   */
  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = {"Articles/s, tokens/s and heap of the extractor: alone in process, then end to end through "
          + "Kafka (raw topic to enriched topic) on an embedded broker or --bootstrap-servers.",
          "Default corpus: distinct ~600-token news articles rebuilt from the VOA sentences of "
              + "EVAL-DIR/gmb-voa/dev.conll."})
  static final class Extract implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--corpus", paramLabel = "DIR",
        description = "Article files (.txt .html .json .jsonl) to measure on instead of the CoNLL articles.")
    Path corpus;

    @Option(names = "--eval-dir", paramLabel = "DIR",
        description = "Evaluation data holding gmb-voa/dev.conll (default: ../shared/eval beside the "
            + "mediamon directory).")
    Path evalDir;

    @Option(names = "--articles", paramLabel = "N",
        description = "Articles to measure (default: 300 CoNLL articles; all files of --corpus).")
    Integer articles;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "7",
        description = "Syndicated copies of each measured article sent after the originals (another outlet, a line "
            + "of its own above the same story), so a run lasts long enough that latency paid once does not pass for "
            + "a lower rate (default ${DEFAULT-VALUE}; 0 for the originals alone).")
    int copies;

    @Option(names = "--tokens-per-article", paramLabel = "N", defaultValue = "600",
        description = "Length of the CoNLL articles in tokens (default ${DEFAULT-VALUE}).")
    int tokensPerArticle;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "40",
        description = "Further articles, never measured, that warm up the Kafka path (default ${DEFAULT-VALUE}; "
            + "with --corpus the first ones in name order, at most half of the corpus).")
    int warmup;

    @Option(names = "--warmup-time", paramLabel = "DURATION", defaultValue = "PT30S",
        description = "How long all articles are analyzed over and over in process before measuring: the JIT "
            + "compiler works on CoreNLP's code for a few hundred articles (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration warmupTime;

    // Four, not two: after two passes the JIT compiler still worked 1.2 to 3.8 s inside a measured end-to-end run
    // (369 methods compiled in the run after two passes, 1,314 after one), after four 0.6 to 2.7 s (README, Benchmark).
    @Option(names = "--kafka-warmup-passes", paramLabel = "N", defaultValue = "4",
        description = "Unmeasured end-to-end runs of the measured articles, each on topics of its own, before the "
            + "first measured one: Kafka's code gets compiled at the volume of a run (default ${DEFAULT-VALUE}).")
    int kafkaWarmupPasses;

    @Option(names = "--kafka-warmup-time", paramLabel = "DURATION", defaultValue = "PT10S",
        description = "How long the --warmup articles are sent through Kafka, round after round, before each "
            + "end-to-end run: the freshly started service settles (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration kafkaWarmupTime;

    @Option(names = "--threads", paramLabel = "N",
        description = "Analyzer threads in process and stream threads end to end (default: the number of cores).")
    Integer threads;

    @Option(names = "--partitions", paramLabel = "N",
        description = "Partitions of the end-to-end topics (default: as many as threads).")
    Integer partitions;

    @Option(names = "--runs", paramLabel = "RUN", split = ",",
        defaultValue = "corenlp,in-process,end-to-end,corenlp,in-process,end-to-end,corenlp,in-process,end-to-end",
        description = "Which runs, in this order, repeats allowed: corenlp (the plain-CoreNLP reference: tokenize, "
            + "ssplit, ner with the two CRF models the extractor ran until December 2026), in-process, end-to-end "
            + "(default: three of each, alternating: the machine's speed drifts, so a single pair's ratio is noisy). "
            + "With repeats the ratios compare the medians, and also each run with the run just before it (an "
            + "end-to-end run with the in-process run, an in-process run with the reference run) and the median of "
            + "those pairs.")
    List<String> runs;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT10M",
        description = "Longest wait for the end-to-end run (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      MediamonConfig config = options.load();
      for (String run : runs) {
        if (!ExtractBench.RUNS.contains(run)) {
          throw new UserError("--runs: unknown run '" + run + "' (choose from " + String.join(", ", ExtractBench.RUNS)
              + ")");
        }
      }
      if ((articles != null && articles < 1) || tokensPerArticle < 1 || warmup < 0 || copies < 0
          || kafkaWarmupPasses < 0 || (threads != null && threads < 1) || (partitions != null && partitions < 1)) {
        throw new UserError("--articles, --tokens-per-article, --threads and --partitions must be at least 1, "
            + "--warmup, --copies and --kafka-warmup-passes at least 0");
      }
      int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      int partitionCount = partitions != null ? partitions : threadCount;
      // Loading the models takes seconds: let it overlap reading the corpus.
      CompletableFuture<ArticleAnalyzer> analyzer = Analyzers.analyzer(config);
      BenchCorpus articlesToMeasure = (corpus != null
          ? BenchCorpus.fromDirectory(corpus, articles, warmup, Clock.systemUTC())
          : BenchCorpus.fromConll(conllFile(), articles != null ? articles : 300, warmup, tokensPerArticle,
              Clock.systemUTC())).withSyndicatedCopies(copies);
      BenchReport report = ExtractBench.run(config, articlesToMeasure, analyzer,
          new ExtractBench.Options(threadCount, partitionCount, warmupTime, kafkaWarmupPasses,
              kafkaWarmupTime, timeout, runs),
          commandLine(spec));
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? AvroJson.write(report.json()) + "\n" : report.table());
      out.flush();
      return 0;
    }

    private Path conllFile() {
      Path dir = evalDir != null ? evalDir : Paths.home().resolve("../shared/eval").normalize();
      return dir.resolve("gmb-voa/dev.conll");
    }
  }
}
