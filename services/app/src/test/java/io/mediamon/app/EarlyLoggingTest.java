package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyLoggingTest {
  @TempDir
  Path dir;

  @Test
  void theLayersApplyInTheConfigurationsOrderFileThenEnvironmentThenFlags() throws Exception {
    Path file = Files.writeString(dir.resolve("m.properties"), "log.level=debug\nlog.format=json\n");
    String[] withFile = {"run", "--config", file.toString()};

    assertEquals("debug", EarlyLogging.setting("log.level", withFile, Map.of()));
    assertEquals("warn", EarlyLogging.setting("log.level", withFile, Map.of("MEDIAMON_LOG_LEVEL", "WARN")));
    assertEquals("error", EarlyLogging.setting("log.level",
        new String[] {"run", "--config=" + file, "--set", "log.level=error"}, Map.of("MEDIAMON_LOG_LEVEL", "warn")));
    assertEquals("trace", EarlyLogging.setting("log.level", new String[] {"demo", "--set=log.level=trace"}, Map.of()));
    assertNull(EarlyLogging.setting("log.level", new String[] {"demo", "--set", "topic.partitions=1"}, Map.of()));

    assertEquals("json", EarlyLogging.setting("log.format", withFile, Map.of()));
    assertEquals("text", EarlyLogging.setting("log.format", withFile, Map.of("MEDIAMON_LOG_FORMAT", "Text")));
    assertEquals("json", EarlyLogging.setting("log.format", new String[] {"run", "--set", "log.format=json"},
        Map.of("MEDIAMON_LOG_FORMAT", "text")));
  }
}
