package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.bench.BenchCorpus;
import io.mediamon.app.bench.ScaleOutRun;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.kafka.testing.TestKafka;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench scale} at CI size: extractor processes on the launcher's class path share one broker's partitions,
 * and one of two killed with SIGKILL in the middle of a run hands its partitions to the other with nothing lost and
 * nothing repeated (read committed). Rates are not asserted: they belong to the README, measured on a quiet machine.
 */
class BenchScaleIT {
  private static final List<String> PLACES = List.of("Lyon", "Oslo", "Quito", "Hanoi", "Dakar", "Perth");
  private static final List<String> EVENTS = List.of("a bridge opened", "a strike began", "a flood receded",
      "a market burned", "a school reopened", "a ferry sank", "a dam cracked", "a mine closed");

  @TempDir
  Path dir;

  @Test
  void processesShareThePartitionsAndAKilledOneLosesAndRepeatsNothing() throws Exception {
    Path corpusDir = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < 60; i++) {
      String place = PLACES.get(i % PLACES.size());
      String event = EVENTS.get(i % EVENTS.size());
      Files.writeString(corpusDir.resolve(String.format("%03d.txt", i)), "Report " + i + " from " + place + "\n"
          + "Officials in " + place + " said on day " + i + " that " + event + ". The mayor, speaking to "
          + "reporters, said " + (i * 37 % 101) + " people were affected and that help would come within "
          + (i % 9 + 2) + " days.");
    }
    BenchCorpus corpus = BenchCorpus.fromDirectory(corpusDir, 50, 10, Clock.systemUTC());
    MediamonConfig base = MediamonConfig.defaults().with(Setting.BOOTSTRAP_SERVERS, TestKafka.bootstrapServers());

    ScaleOutRun.Report report = new ScaleOutRun(base, LauncherClassPath.get(), dir,
        new ScaleOutRun.Options(2, 4, Duration.ZERO, 1, true, false, Duration.ofMinutes(5)), new PrintWriter(System.err, true))
        .run(corpus);

    assertEquals(3, report.phases().size(), "the first alone, together, the last alone");
    assertEquals(List.of(1, 2, 1), report.phases().stream().map(ScaleOutRun.Phase::instances).toList());
    for (ScaleOutRun.Phase phase : report.phases()) {
      assertEquals(50, phase.enriched() + phase.deadLettered(), phase.name() + ": articles missing");
      assertEquals(0, phase.duplicates(), phase.name() + ": articles out twice");
      assertTrue(phase.processCpuSeconds() > 0 && phase.benchCpuSeconds() > 0, phase.name() + ": no CPU time measured");
    }
    assertTrue(report.speedUp() > 0);
    assertEquals(1, report.rounds().size(), "one interleaved round");
    ScaleOutRun.Round round = report.rounds().get(0);
    assertEquals(List.of(1, 1, 2), Stream.concat(round.alone().stream(), Stream.of(round.together()))
        .map(ScaleOutRun.Phase::instances).toList(), "each process alone, then both");
    for (ScaleOutRun.Phase phase : Stream.concat(round.alone().stream(), Stream.of(round.together())).toList()) {
      assertEquals(50, phase.enriched() + phase.deadLettered(), phase.name() + ": articles missing");
      assertEquals(0, phase.duplicates(), phase.name() + ": articles out twice");
    }
    assertTrue(round.speedUp() > 0 && round.cpuEfficiency() > 0);
    assertTrue(report.cpuEfficiency() > 0);
    ScaleOutRun.KillPhase kill = report.kill();
    assertNotNull(kill);
    assertTrue(kill.killedAtSeconds() > 0, "the process was never killed");
    assertTrue(kill.victimArticles() > 0 && kill.victimArticlesOutAtKill() < kill.victimArticles(),
        "killed with nothing of its own left to take over: " + kill);
    assertTrue(kill.takenOver(), "the survivor never held the killed process's partitions; logs in " + dir);
    assertEquals(50, kill.accountedFor(), "articles lost after the kill; logs in " + dir);
    assertEquals(0, kill.duplicates(), "articles out twice after the kill");
    assertTrue(kill.passed());
  }
}
