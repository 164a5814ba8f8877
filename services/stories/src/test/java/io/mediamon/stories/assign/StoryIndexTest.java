package io.mediamon.stories.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inverted index on real (RocksDB) stores: which postings a lookup reads, in which order. */
class StoryIndexTest {
  private static final int DAY = 20_500;
  private static final long FEATURE = StoryIndex.hash("w:quake");
  private static final long[] LOOKUP = {FEATURE};
  private static final float[] WEIGHT = {1f};

  @TempDir
  Path dir;

  private StoryStoresOnDisk stores;
  private StoryIndex index;

  @BeforeEach
  void setUp() {
    stores = new StoryStoresOnDisk(dir);
    index = new StoryIndex(stores.context.getStateStore(StoryStores.POSTINGS),
        stores.context.getStateStore(StoryStores.EXPIRY));
  }

  @AfterEach
  void tearDown() {
    stores.close();
  }

  @Test
  void aCommonFeaturesListIsCutAtTheOldestDaysAndOnlyTheOpenDaysAreRead() {
    // 20 stories a day over five days: more than a lookup reads.
    for (int d = 0; d < 5; d++) {
      for (int k = 0; k < 20; k++) {
        index.post(id(d, k), LOOKUP, DAY - d);
      }
    }
    index.post("sty-tomorrow", LOOKUP, DAY + 1);
    index.post("sty-other", new long[] {StoryIndex.hash("w:launch")}, DAY);

    Set<String> found = index.candidates(LOOKUP, WEIGHT, DAY - 3, DAY).keySet();
    assertEquals(StoryIndex.MAX_POSTINGS_READ, found.size());
    Set<String> newest = IntStream.range(0, 20).mapToObj(k -> id(0, k)).collect(Collectors.toSet());
    assertTrue(found.containsAll(newest), "every story of the newest day");
    assertEquals(10, found.stream().filter(s -> s.startsWith("sty-1-")).count(), "then the day before, cut short");
    assertTrue(index.candidates(LOOKUP, WEIGHT, DAY - 4, DAY - 4).keySet().stream()
        .allMatch(s -> s.startsWith("sty-4-")), "a day range reads those days only");
    assertEquals(Set.of("sty-tomorrow"), index.candidates(LOOKUP, WEIGHT, DAY + 1, DAY + 1).keySet());
  }

  @Test
  void theWeightsOfTheFeaturesThatFindAStoryAddUp() {
    long name = StoryIndex.hash("e:alice rescuer");
    index.post("sty-a", new long[] {FEATURE, name}, DAY);
    index.post("sty-b", LOOKUP, DAY);
    Map<String, Double> hits = index.candidates(new long[] {FEATURE, name}, new float[] {0.5f, 2f}, DAY, DAY);
    assertEquals(Map.of("sty-a", 2.5, "sty-b", 0.5), hits);
    assertEquals(Map.of("sty-a", 0.5, "sty-b", 0.5),
        index.candidates(new long[] {FEATURE, name}, new float[] {0.5f, 0f}, DAY, DAY),
        "a feature of weight 0 is not looked up");
  }

  private static String id(int daysAgo, int k) {
    return "sty-" + daysAgo + "-" + k;
  }
}
