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
    // Then the state store by store, every one of the stage's stores named.
    assertEquals(2, lines.stream().filter(l -> l.matches(
        "\\s+state by store: profiles [0-9.]+ MB, postings [0-9.]+ MB, expiry [0-9.]+ MB, terms [0-9.]+ MB, "
            + "articles [0-9.]+ MB, members [0-9.]+ MB")).count(), r.out());
    // What RocksDB still held in memory is counted too: a few hundred profiles fit in a memtable, never flushed
    // before the stores close.
    lines.stream().filter(l -> l.contains("state by store:")).forEach(l -> assertTrue(
        Double.parseDouble(l.replaceAll(".*profiles ([0-9.]+) MB.*", "$1")) > 0, r.out()));
  }

  @Test
  void countsWhereTheFollowUpsAndTheFreshArticlesWent() {
    CommandRun r = CommandRun.of("bench", "stories", "--stories", "300", "--articles", "40", "--warmup", "10");

    assertEquals(0, r.exit(), r.err());
    List<int[]> counts = r.out().lines()
        .filter(l -> l.contains("after the preload") || l.contains("RocksDB idle after"))
        .map(BenchStoriesCommandTest::whereTheyWent)
        .toList();
    assertEquals(2, counts.size(), r.out());
    for (int[] c : counts) {
      // 20 follow-ups, each counted once; among 300 stories almost every name is rare, so each finds its own.
      assertEquals(20, c[0] + c[1] + c[2], r.out());
      assertTrue(c[0] >= 19, r.out());
      // 20 articles about something new: at most one happens to fit an open story.
      assertTrue(c[3] <= 1, r.out());
    }
  }

  @Test
  void aSizeUnderOneIsAUserError() {
    CommandRun r = CommandRun.of("bench", "stories", "--stories", "0");

    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("--stories and --articles must be at least 1"), r.err());
  }

  /** own, other, new, fresh of a timed row: the four counts after the mean (and before the state and the heap). */
  private static int[] whereTheyWent(String row) {
    String[] cells = row.trim().split("\\s+");
    int end = cells[cells.length - 1].equals("MB") ? cells.length - 4 : cells.length;
    return new int[] {Integer.parseInt(cells[end - 4]), Integer.parseInt(cells[end - 3]),
        Integer.parseInt(cells[end - 2]), Integer.parseInt(cells[end - 1])};
  }
}
