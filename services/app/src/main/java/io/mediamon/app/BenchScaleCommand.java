package io.mediamon.app;

import io.mediamon.app.bench.BenchCorpus;
import io.mediamon.app.bench.ScaleOutRun;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.kafka.embedded.EmbeddedKafkaBroker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scale-out of the extractor over several `mediamon run` processes on one broker, and the kill of one of them. */
@Command(name = "scale", mixinStandardHelpOptions = true,
    description = {"Articles/s of the extractor in one `mediamon run --services extractor` process (one stream "
        + "thread), then in --instances processes on the same broker sharing the partitions (the first one and "
        + "newcomers), then in the last of them alone once the others have left: the processes' rate together against "
        + "the mean of the first and the last alone, the same JVMs. Between the two, --rounds rounds on the warm "
        + "processes, each alone (its own partitions only, the others idle) and all together, seconds apart: the "
        + "median of the rounds' scale-outs is the figure, the least moved by a machine whose speed drifts. Then, on "
        + "fresh processes, "
        + "one of them is killed with SIGKILL halfway through a run and the others must take its partitions over "
        + "with nothing lost or repeated (read committed). Exit 0 when the kill lost and repeated nothing, 1 "
        + "otherwise.",
        "Corpus: as bench extract's (distinct ~600-token VOA articles from EVAL-DIR/gmb-voa/dev.conll, each followed "
            + "by syndicated copies)."})
final class BenchScaleCommand implements Callable<Integer> {
  @Mixin
  ConfigOptions options;

  @Option(names = "--instances", paramLabel = "N", defaultValue = "2",
      description = "Processes of the scaled-out run (default ${DEFAULT-VALUE}).")
  int instances;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions of the topics (default: twice --instances).")
  Integer partitions;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "200",
      description = "Distinct articles measured (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--copies", paramLabel = "N", defaultValue = "7",
      description = "Syndicated copies of each measured article (default ${DEFAULT-VALUE}: 1,600 articles, so that "
          + "the second or so before the first article is out, paid once per measurement, weighs little in the "
          + "shorter measurement together).")
  int copies;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "100",
      description = "Other articles every process analyzes first, not measured (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--warmup-time", paramLabel = "DURATION", defaultValue = "PT180S",
      description = "How long each run's processes at least analyze the warm-up and the measured articles, pass "
          + "after pass, before the clock starts: every process is a fresh JVM whose JIT compiler must first compile "
          + "CoreNLP's and mediamon's code. Passes go on while one is more than 5 %% faster than the one before, up to "
          + "three times this (ISO-8601, default ${DEFAULT-VALUE}).")
  Duration warmupTime;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Rounds of interleaved measurements on the warm processes: each alone, then all together, the "
          + "order rotated from round to round (default ${DEFAULT-VALUE}; 0: none).")
  int rounds;

  @Option(names = "--no-kill", description = "Skip the kill run.")
  boolean noKill;

  @Option(names = "--no-pin", description = "Do not keep each process on a core of its own (taskset -c N): unpinned, "
      + "one process also uses the other cores for its GC, JIT compiler and client threads, and on a machine with as "
      + "many cores as processes the comparison measures the cores, not the sharing of partitions.")
  boolean noPin;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT10M",
      description = "Longest wait for one run's articles (ISO-8601, default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--eval-dir", paramLabel = "DIR",
      description = "Evaluation data holding gmb-voa/dev.conll (default: ../shared/eval beside the mediamon "
          + "directory).")
  Path evalDir;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "Where the processes' logs and state go (default: a new temp directory).")
  Path workDir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    MediamonConfig config = options.load();
    // The broker as the user gave it, before an embedded one is filled in below.
    String broker = config.hasBootstrapServers() ? config.get(Setting.BOOTSTRAP_SERVERS) : "embedded (this JVM)";
    int partitionCount = partitions != null ? partitions : 2 * instances;
    if (instances < 2 || partitionCount < instances || articles < 1 || copies < 0 || warmup < 1
        || warmupTime.isNegative() || rounds < 0) {
      throw new UserError("--instances must be at least 2, --partitions at least --instances, --articles and "
          + "--warmup at least 1, --copies, --warmup-time and --rounds at least 0");
    }
    Path conll = (evalDir != null ? evalDir : Paths.home().resolve("../shared/eval").normalize())
        .resolve("gmb-voa/dev.conll");
    if (!Files.isRegularFile(conll)) {
      throw new UserError("no " + conll + " (give the eval directory with --eval-dir DIR)");
    }
    BenchCorpus corpus = BenchCorpus.fromConll(conll, articles, warmup, 600, Clock.systemUTC())
        .withSyndicatedCopies(copies);
    Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("mediamon-scale-");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScaleOutRun.Options runOptions = new ScaleOutRun.Options(instances, partitionCount, warmupTime, rounds, !noKill,
        !noPin, timeout);
    EmbeddedKafkaBroker embedded = null;
    ScaleOutRun.Report report;
    try {
      if (!config.hasBootstrapServers()) {
        embedded = EmbeddedKafkaBroker.startTemporary();
        config = config.with(Setting.BOOTSTRAP_SERVERS, embedded.bootstrapServers());
      }
      report = new ScaleOutRun(config, System.getProperty("java.class.path"), work, runOptions, err).run(corpus);
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
    out.println("mediamon bench scale — " + BenchCommand.commandLine(spec));
    out.printf("corpus: %s%n", corpus.description());
    out.printf("machine: %d cores; every process: one stream thread, -Xmx2g, %s; %d partitions; broker %s%n",
        Runtime.getRuntime().availableProcessors(), noPin ? "not pinned" : "pinned to a core of its own (taskset)",
        partitionCount,
        broker);
    out.printf("%-18s %9s %8s %8s %7s %8s %11s %10s %10s %12s%n", "run", "processes", "articles", "enriched",
        "twice", "seconds", "articles/s", "proc cores", "bench cores", "art/cpu-s");
    for (ScaleOutRun.Phase phase : report.phases()) {
      out.printf("%-18s %9d %8d %8d %7d %8.1f %11.1f %10.2f %10.2f %12.1f%n", phase.name(), phase.instances(),
          phase.articles(), phase.enriched() + phase.deadLettered(), phase.duplicates(), phase.seconds(),
          phase.rate(), phase.processCores(), phase.benchCores(), phase.articlesPerCpuSecond());
    }
    out.printf("%d processes run at %.2f x the mean of the first and the last alone (%.2f x the first's rate, %.2f x "
        + "the last's): the same JVMs alone and together%n", instances, report.speedUp(),
        report.together().rate() / report.firstAlone().rate(), report.together().rate() / report.lastAlone().rate());
    out.printf("per CPU second, together they analyze %.0f %% of what they do alone: the rest of the scale-out is the "
        + "cores they got (proc cores; the bench JVM with the broker takes its share of the same machine)%n",
        100 * report.cpuEfficiency());
    printRounds(out, report);
    ScaleOutRun.KillPhase kill = report.kill();
    if (kill != null) {
      out.printf("kill: one of %d processes killed with SIGKILL %.1f s into a run of %d articles, with %d of the %d "
          + "articles of its %d raw partitions out; the others held all the partitions %s; %d articles came out, %d "
          + "of them twice; the last after %.1f s: %s%n", kill.instances(), kill.killedAtSeconds(), kill.articles(),
          kill.victimArticlesOutAtKill(), kill.victimArticles(), kill.victimPartitions(),
          kill.takenOver() ? String.format("%.1f s after the kill", kill.takeoverSeconds()) : "NEVER (in 2 min)",
          kill.accountedFor(), kill.duplicates(), kill.seconds(),
          kill.passed() ? "PASSED: partitions taken over, nothing lost or repeated" : "FAILED");
    }
    out.printf("logs and state: %s%n", work);
    out.flush();
    return kill == null || kill.passed() ? 0 : 1;
  }

  private static void printRounds(PrintWriter out, ScaleOutRun.Report report) {
    if (report.rounds().isEmpty()) {
      return;
    }
    out.printf("rounds on the warm processes, each alone (its own partitions) and together, seconds apart:%n");
    out.printf("%-6s %-28s %11s %11s %10s %10s %s%n", "round", "alone articles/s", "together", "scale-out",
        "art/cpu-s", "proc cores", "");
    for (ScaleOutRun.Round round : report.rounds()) {
      String alone = round.alone().stream().map(p -> String.format("%.1f", p.rate()))
          .collect(Collectors.joining(" / "));
      out.printf("%-6d %-28s %11.1f %10.2fx %9.0f%% %10.2f %s%n", round.number(), alone, round.together().rate(),
          round.speedUp(), 100 * round.cpuEfficiency(), round.together().processCores(),
          round.stable() ? "" : "rebalanced meanwhile: not counted");
    }
    List<ScaleOutRun.Round> stable = report.stableRounds();
    if (stable.isEmpty()) {
      out.printf("no round ran without a rebalance: no median%n");
      return;
    }
    out.printf("median of %d rounds: together at %.2f x the mean alone (lowest %.2f x, highest %.2f x)%n",
        stable.size(), report.medianRoundSpeedUp(),
        stable.stream().mapToDouble(ScaleOutRun.Round::speedUp).min().orElseThrow(),
        stable.stream().mapToDouble(ScaleOutRun.Round::speedUp).max().orElseThrow());
  }
}
