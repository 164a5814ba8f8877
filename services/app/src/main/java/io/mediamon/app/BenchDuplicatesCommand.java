package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.evaluation.bench.DuplicatesBench;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The extractor's single-partition duplicate stage alone: time per article with many articles indexed. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
    description = {"Decision time per article (p50, p99, mean) of the extractor's duplicate stage, the one stage of "
        + "the extractor on a single partition: its RocksDB stores are preloaded with each number of articles, then "
        + "articles (one in four a near copy) are decided one by one and timed. 1000 / mean ms is the most articles "
        + "per second the stage, and so a cluster of extractor processes, can take."})
final class BenchDuplicatesCommand implements Callable<Integer> {
  @Mixin
  ConfigOptions options;

  @Option(names = "--indexed", split = ",", paramLabel = "N[,N...]", defaultValue = "10000,100000,350000",
      description = "Articles in the index, one run each (default ${DEFAULT-VALUE}; a week at 50,000 a day is "
          + "350,000).")
  List<Integer> indexed;

  @Option(names = "--articles", defaultValue = "5000", description = "Articles timed per run (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--warmup", defaultValue = "2000",
      description = "Articles decided before timing starts, per run (default ${DEFAULT-VALUE}).")
  int warmup;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    MediamonConfig config = options.load();
    if (articles < 1 || warmup < 0 || indexed.stream().anyMatch(n -> n < 0)) {
      throw new UserError("bench duplicates: --articles must be at least 1, --indexed and --warmup at least 0");
    }
    DuplicatesBench bench = new DuplicatesBench(config.getDouble(Setting.EXTRACTOR_DUPLICATE_THRESHOLD),
        Duration.ofDays(config.getInt(Setting.EXTRACTOR_DUPLICATE_RETENTION_DAYS)));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s%n%d cores, max heap %d MB; %d articles of %d words timed per run after %d warm-up "
        + "articles.%n", BenchCommand.commandLine(spec), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, articles, DuplicatesBench.WORDS, warmup);
    out.println("   indexed  preload s   p50 ms   p99 ms   max ms  mean ms  articles/s  copies marked/sent  state on disk");
    out.flush();
    for (int n : indexed) {
      DuplicatesBench.Figures f = bench.run(n, articles, warmup);
      out.printf(Locale.ROOT, "%10d %10.1f %8.3f %8.3f %8.2f %8.3f %11.0f %10d / %-6d %10d MB%n", f.indexed(),
          f.preloadSeconds(), f.p50Ms(), f.p99Ms(), f.maxMs(), f.meanMs(), f.rate(), f.copiesMarked(),
          f.copiesSent(), f.diskBytes() >> 20);
      out.flush();
    }
    return 0;
  }
}
