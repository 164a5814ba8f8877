package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyLogLevelTest {
  @TempDir
  Path dir;

  @Test
  void theLayersApplyInTheConfigurationsOrderFileThenEnvironmentThenFlags() throws Exception {
    Path file = Files.writeString(dir.resolve("m.properties"), "log.level=debug\n");
    String[] withFile = {"run", "--config", file.toString()};

    assertEquals("debug", EarlyLogLevel.level(withFile, Map.of()));
    assertEquals("warn", EarlyLogLevel.level(withFile, Map.of("MEDIAMON_LOG_LEVEL", "WARN")));
    assertEquals("error", EarlyLogLevel.level(new String[] {"run", "--config=" + file, "--set", "log.level=error"},
        Map.of("MEDIAMON_LOG_LEVEL", "warn")));
    assertEquals("trace", EarlyLogLevel.level(new String[] {"demo", "--set=log.level=trace"}, Map.of()));
    assertNull(EarlyLogLevel.level(new String[] {"demo", "--set", "topic.partitions=1"}, Map.of()));
  }
}
