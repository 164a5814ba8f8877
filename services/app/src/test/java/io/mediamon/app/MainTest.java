package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract for mistakes: a message and a non-zero exit within seconds, never a hang. */
class MainTest {
  @TempDir
  Path dir;

  @Test
  void unknownFlagIsAUsageError() {
    CommandRun r = CommandRun.of("demo", "--corpse", "x");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--corpse"), r.err());
  }

  @Test
  void badSettingIsNamed() {
    CommandRun r = CommandRun.of("run", "--bootstrap-servers", "localhost:9092", "--set", "topic.partitions=0");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("topic.partitions: '0' must be a whole number of at least 1"), r.err());
  }

  @Test
  void runWithoutAClusterOnABusyPortSaysSoAndHowToGiveOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    try (java.net.ServerSocket busy = new java.net.ServerSocket(0)) {
      CommandRun r = CommandRun.of("run", "--data-dir", dir.toString(), "--broker-port",
          String.valueOf(busy.getLocalPort()));
      assertEquals(2, r.exit());
      assertTrue(r.err().contains("port " + busy.getLocalPort() + " is in use")
          && r.err().contains("--bootstrap-servers"), r.err());
    }
  }

  @Test
  void unreachableBrokerFailsWithinSeconds() {
    CommandRun r = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> CommandRun.of("events", "load", "--bootstrap-servers", "127.0.0.1:1", sampleEvents()));
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("cannot reach Kafka at 127.0.0.1:1"), r.err());
  }

  @Test
  void unreadableOrInvalidEventsFileIsNamedWithItsLine() throws Exception {
    CommandRun missing = CommandRun.of("events", "load", "--bootstrap-servers", "127.0.0.1:1",
        dir.resolve("none.jsonl").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("none.jsonl"), missing.err());

    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"eventId\":\"e\",\"title\":\"t\",\"eventType\":\"CONSULT\",\"actors\":[\"A\"]}\n{\"eventId\":\"e2\"}\n");
    CommandRun invalid = CommandRun.of("events", "load", "--bootstrap-servers", "127.0.0.1:1", bad.toString());
    assertEquals(2, invalid.exit());
    assertTrue(invalid.err().contains("bad.jsonl:2: "), invalid.err());
  }

  @Test
  void extractOfAMissingFileFailsWithItsPath() {
    CommandRun r = CommandRun.of("extract", dir.resolve("missing.txt").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("missing.txt"), r.err());
  }

  @Test
  void tailOfAnUnknownTopicListsTheKnownOnes() {
    CommandRun r = CommandRun.of("tail", "--bootstrap-servers", "127.0.0.1:1", "nope");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("mediamon.alerts"), r.err());
  }

  private static String sampleEvents() {
    return Paths.sampleEvents().toString();
  }
}
