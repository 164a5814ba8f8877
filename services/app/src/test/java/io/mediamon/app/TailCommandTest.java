package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TailCommandTest {
  private static final long NOW = Instant.parse("2026-03-01T12:00:00Z").toEpochMilli();

  @Test
  void sinceTakesDurationsBackFromNowAndInstants() {
    assertEquals(NOW - 30_000, TailCommand.parseSince("30s", NOW));
    assertEquals(NOW - Duration.ofMinutes(15).toMillis(), TailCommand.parseSince("15m", NOW));
    assertEquals(NOW - Duration.ofHours(2).toMillis(), TailCommand.parseSince("2h", NOW));
    assertEquals(NOW - Duration.ofDays(7).toMillis(), TailCommand.parseSince("7d", NOW));
    assertEquals(NOW - 250, TailCommand.parseSince("250ms", NOW));
    assertEquals(NOW - Duration.ofMinutes(15).toMillis(), TailCommand.parseSince("PT15M", NOW));
    assertEquals(Instant.parse("2026-03-01T10:00:00Z").toEpochMilli(),
        TailCommand.parseSince("2026-03-01T10:00:00Z", NOW));
  }

  @Test
  void badSinceIsAUserError() {
    UserError e = assertThrows(UserError.class, () -> TailCommand.parseSince("yesterday", NOW));
    assertTrue(e.getMessage().contains("--since yesterday"), e.getMessage());
  }

  @Test
  void sinceAndFromBeginningExcludeEachOtherBeforeAnyBrokerIsAsked() {
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "tail",
        "--bootstrap-servers", "127.0.0.1:1", "mediamon.alerts", "--since", "1h", "--from-beginning");
    assertEquals(2, exit);
    assertTrue(err.toString().contains("exclude each other"), err.toString());
  }
}
