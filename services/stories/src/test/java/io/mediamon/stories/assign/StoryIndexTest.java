package io.mediamon.stories.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
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

  private KeyValueStore<Bytes, byte[]> postings;
  private KeyValueStore<Bytes, byte[]> expiry;
  private StoryIndex index;

  @BeforeEach
  void setUp() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    MockProcessorContext<Object, Object> context = new MockProcessorContext<>(props, new TaskId(0, 0), dir.toFile());
    postings = store(StoryStores.POSTINGS, context);
    expiry = store(StoryStores.EXPIRY, context);
    index = new StoryIndex(postings, expiry);
  }

  private static KeyValueStore<Bytes, byte[]> store(String name, MockProcessorContext<Object, Object> context) {
    KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name),
        Serdes.Bytes(), Serdes.ByteArray()).withLoggingDisabled().withCachingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    return store;
  }

  @AfterEach
  void tearDown() {
    ((StateStore) postings).close();
    ((StateStore) expiry).close();
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
