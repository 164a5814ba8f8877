package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.evaluation.bench.StoriesBench;
import io.mediamon.stories.assign.StoryAssigner;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Per-article assignment time, state on disk and heap of the story stage with many open stories. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Story assignment time per article (p50, p99), state size on disk and heap with many open stories: "
        + "the assignment stage's RocksDB stores are preloaded with each number of stories, then articles (half "
        + "follow-ups of open stories, half new) are assigned one by one and timed: straight after the preload, and "
        + "again, with other articles, once RocksDB is idle (no flush or compaction running in any store)."})
final class BenchStoriesCommand implements Callable<Integer> {
  @Mixin
  ConfigOptions options;

  @Option(names = "--stories", split = ",", paramLabel = "N[,N...]", defaultValue = "10000,100000,1000000",
      description = "Open stories to preload, one run each (default ${DEFAULT-VALUE}).")
  List<Integer> stories;

  @Option(names = "--articles", defaultValue = "5000",
      description = "Articles timed per run (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--warmup", defaultValue = "2000",
      description = "Articles assigned before timing starts, per run (default ${DEFAULT-VALUE}).")
  int warmup;

  @Spec
  CommandSpec spec;

  private static String timing(StoriesBench.Timing t) {
    return String.format(Locale.ROOT, "%8.3f %8.3f %8.2f %8.3f %6d %5d %5d %6d", t.p50Ms(), t.p99Ms(), t.maxMs(),
        t.meanMs(), t.ownStory(), t.otherStory(), t.newStory(), t.freshJoined());
  }

  /** "profiles 1,234.5 MB, articles 0.9 MB, ...": each store by the end of its name (a small one is not 0). */
  private static String byStore(Map<String, Long> bytes) {
    StringJoiner parts = new StringJoiner(", ");
    bytes.forEach((name, size) -> parts.add(String.format(Locale.ROOT, "%s %,.1f MB",
        name.substring(name.lastIndexOf('-') + 1), size / (double) (1 << 20))));
    return parts.toString();
  }

  @Override
  public Integer call() throws Exception {
    MediamonConfig config = options.load();
    if (articles < 1 || warmup < 0 || stories.stream().anyMatch(n -> n < 1)) {
      throw new UserError("bench stories: --stories and --articles must be at least 1, --warmup at least 0");
    }
    StoryAssigner.Settings settings = StoryAssigner.Settings.from(config);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s%n%d cores, max heap %d MB; %d articles timed per run after %d warm-up articles.%n",
        BenchCommand.commandLine(spec), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, articles, warmup);
    out.println("Half the timed articles follow up a preloaded story: own = joined it, other = joined another story,"
        + " new = started one. The other half are about something new: fresh = joined an open story anyway.");
    out.println("open stories  preload s  timed                   p50 ms   p99 ms   max ms  mean ms    own other"
        + "   new  fresh  state on disk  heap after GC");
    out.flush();
    for (int n : stories) {
      StoriesBench.Figures f = new StoriesBench(settings).run(n, articles, warmup);
      out.printf(Locale.ROOT, "%12d %10.1f  %-22s%s%n", f.openStories(), f.preloadSeconds(), "after the preload",
          timing(f.atOnce()));
      StoriesBench.Timing onceIdle = f.onceIdle();
      String waited = String.format(Locale.ROOT, "%s %.0f s",
          onceIdle.idle() ? "RocksDB idle after" : "RocksDB NOT idle after", onceIdle.settleSeconds());
      out.printf(Locale.ROOT, "%12s %10s  %-22s%s %12d MB %11d MB%n", "", "", waited, timing(onceIdle),
          f.diskBytes() >> 20, f.heapAfterGcBytes() >> 20);
      out.printf(Locale.ROOT, "%12s %10s  state by store: %s%n", "", "", byStore(f.storeBytes()));
      out.flush();
    }
    return 0;
  }
}
