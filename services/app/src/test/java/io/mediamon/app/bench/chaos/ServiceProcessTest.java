package io.mediamon.app.bench.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fault suite reports of a service that ended by itself. */
class ServiceProcessTest {
  @TempDir
  Path dir;

  @Test
  void theLastLinesOfItsLogSayWhyAServiceEnded() throws Exception {
    Path log = dir.resolve("alerter.log");
    Files.writeString(log, "started\nRunning [alerter]\nERROR StreamsService - alerter failed\n\tat a.B.c(B.java:1)\n");
    ServiceProcess alerter = new ServiceProcess("alerter", "unused", "64m", List.of("run"), log, "Running [");
    assertEquals(List.of("ERROR StreamsService - alerter failed", "\tat a.B.c(B.java:1)"), alerter.lastLines(2));
    assertEquals(4, alerter.lastLines(30).size(), "all of a short log");
  }
}
