package io.mediamon.app;

import io.mediamon.app.bench.chaos.ChaosRun;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The fault suite's kill part, longer than CI runs it: kills, lost, duplicated and recovery times. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
    description = {"Backfill distinct stories through the four services, each a process of its own on a broker "
        + "process of its own, killing services and broker with SIGKILL at random moments; then compare with an "
        + "undisturbed run of the same raw records. Exit 0 when nothing was lost or repeated and the alerts are "
        + "the same, 1 otherwise."})
final class BenchChaosCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "10000", description = "Articles (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--kills", defaultValue = "20", description = "Kills (default ${DEFAULT-VALUE}).")
  int kills;

  @Option(names = "--articles-per-file", defaultValue = "50",
      description = "Articles per dropped file (default ${DEFAULT-VALUE}).")
  int perFile;

  @Option(names = "--feed-interval", defaultValue = "PT1S",
      description = "One file dropped every (default ${DEFAULT-VALUE}).")
  Duration feedInterval;

  @Option(names = "--min-gap", defaultValue = "PT5S", description = "Least time between kills (default ${DEFAULT-VALUE}).")
  Duration minGap;

  @Option(names = "--max-gap", defaultValue = "PT30S", description = "Most time between kills (default ${DEFAULT-VALUE}).")
  Duration maxGap;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the articles and the kills (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "Where the broker's data, the drop directory, state and logs go (default: a new temp directory).")
  Path workDir;

  @Override
  public Integer call() throws Exception {
    if (articles <= 0 || kills < 0 || perFile <= 0 || minGap.compareTo(maxGap) > 0) {
      throw new UserError("--articles and --articles-per-file must be positive, --kills not negative, --min-gap at "
          + "most --max-gap");
    }
    Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("mediamon-chaos-");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ChaosRun.Plan plan = new ChaosRun.Plan(articles, perFile, feedInterval, kills, minGap, maxGap, seed);
    ChaosRun.Report report = new ChaosRun(plan, work, System.getProperty("java.class.path"), err).run();
    out.println("mediamon bench chaos — " + BenchCommand.commandLine(spec));
    out.printf("articles %d, raw records %d (%d distinct; %d republished by ingest after a kill, marked downstream)%n",
        plan.articles(), report.rawRecords(), report.rawDistinct(), report.rawRecords() - report.rawDistinct());
    out.printf("kills %d (%s), unexpected exits %d%n", report.kills().size(), report.kills().stream()
        .collect(java.util.stream.Collectors.groupingBy(ChaosRun.Kill::target, java.util.TreeMap::new,
            java.util.stream.Collectors.counting())), report.unexpectedExits().size());
    report.unexpectedExits().forEach(out::println);
    out.printf("lost: before the raw topic %d, raw -> enriched %d, memberships %d%n", report.lostBeforeRaw(),
        report.enrichedLost(), report.membershipsLost());
    out.printf("duplicated (read committed): enriched %d, memberships %d%n", report.enrichedDuplicated(),
        report.membershipsDuplicated());
    out.printf("memberships %d vs %d undisturbed, identical: %s%n", report.memberships(),
        report.referenceMemberships(), report.membershipsEqual());
    out.printf("alerts %d vs %d undisturbed, identical: %s; dead letters %d vs %d%n", report.alerts(),
        report.referenceAlerts(), report.alertsEqual(), report.deadLetters(), report.referenceDeadLetters());
    for (String target : new java.util.TreeSet<>(report.kills().stream().map(ChaosRun.Kill::target).toList())) {
      var recoveries = report.kills().stream().filter(k -> k.target().equals(target))
          .mapToDouble(k -> k.recovery().toMillis() / 1000.0).sorted().toArray();
      out.printf("recovery of %s: median %.1f s, max %.1f s%n", target, recoveries[recoveries.length / 2],
          recoveries[recoveries.length - 1]);
    }
    out.printf("time: disturbed %d s, undisturbed %d s; logs in %s%n", report.disturbed().toSeconds(),
        report.reference().toSeconds(), work.resolve("logs"));
    out.println(report.passed() ? "PASSED: nothing lost or repeated, same memberships and alerts as undisturbed"
        : "FAILED");
    out.flush();
    return report.passed() ? 0 : 1;
  }
}
