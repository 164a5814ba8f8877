package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.bench.chaos.ChaosRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite's kill part at CI size: each service and the broker killed once with SIGKILL, at seeded random
 * moments, each a process of its own on the launcher's class path, during a backfill of distinct stories. Nothing
 * may be lost or repeated (read committed) and the memberships and alerts must equal an undisturbed run's, byte for
 * byte. {@code mediamon bench chaos} runs the same longer (README, Fault suite).
 */
class ChaosIT {
  @TempDir
  Path dir;

  @Test
  void killingEachServiceAndTheBrokerLosesNothingRepeatsNothingAndChangesNoAlert() throws Exception {
    ChaosRun.Plan plan = new ChaosRun.Plan(48, 4, Duration.ofSeconds(2), 5, Duration.ofSeconds(2),
        Duration.ofSeconds(6), 11);
    PrintWriter progress = new PrintWriter(System.err, true);
    ChaosRun.Report report = new ChaosRun(plan, dir, LauncherClassPath.get(), progress).run();

    assertEquals(Set.of("ingest", "extractor", "correlator", "alerter", "broker"),
        report.kills().stream().map(ChaosRun.Kill::target).collect(Collectors.toSet()));
    assertEquals(List.of(), report.unexpectedExits(),
        "a service ended by itself (its whole log was in " + dir.resolve("logs") + ")");
    assertEquals(0, report.lostBeforeRaw(), "articles never on the raw topic");
    assertEquals(0, report.enrichedLost() + report.enrichedDuplicated(), "raw -> enriched: lost or repeated");
    assertEquals(0, report.membershipsLost() + report.membershipsDuplicated(), "memberships lost or repeated");
    assertTrue(report.membershipsEqual(), "memberships differ from the undisturbed run's");
    assertTrue(report.alerts() > 0, "no alert at all: nothing was compared");
    assertTrue(report.alertsEqual(), report.alerts() + " alerts vs " + report.referenceAlerts() + " undisturbed");
    assertEquals(report.referenceDeadLetters(), report.deadLetters());
    assertTrue(report.passed());
  }

}
