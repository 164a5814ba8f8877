package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code mediamon bench stories} on a few hundred open stories: both timings of each size, and what they mean. */
class BenchStoriesCommandTest {
  @Test
  void timesEachSizeAfterThePreloadAndAgainOnceRocksDbIsIdle() {
    CommandRun r = CommandRun.of("bench", "stories", "--stories", "300,600", "--articles", "40", "--warmup", "10");

    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+300\\s+[0-9.]+\\s+after the preload\\s.*")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+600\\s+[0-9.]+\\s+after the preload\\s.*")), r.out());
    // Each size's second row: the wait, its timing, then the state and the heap after both.
    assertEquals(2, lines.stream().filter(l -> l.matches("\\s+RocksDB idle after \\d+ s\\s.* MB\\s+\\d+ MB")).count(),
        r.out());
  }

  @Test
  void aSizeUnderOneIsAUserError() {
    CommandRun r = CommandRun.of("bench", "stories", "--stories", "0");

    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("--stories and --articles must be at least 1"), r.err());
  }
}
