package io.mediamon.stories.assign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inverted index on real (RocksDB) stores: which stories a feature's list keeps, and which a lookup reads. */
class StoryIndexTest {
  private static final int DAY = 20_500;
  private static final long FEATURE = StoryIndex.hash("w:quake");
  private static final long[] LOOKUP = {FEATURE};
  private static final float[] WEIGHT = {1f};

  @TempDir
  Path dir;

  private StoryStoresOnDisk stores;
  private KeyValueStore<Bytes, byte[]> postings;
  private KeyValueStore<Bytes, byte[]> expiry;
  private StoryIndex index;

  @BeforeEach
  void setUp() {
    stores = new StoryStoresOnDisk(dir);
    postings = stores.context.getStateStore(StoryStores.POSTINGS);
    expiry = stores.context.getStateStore(StoryStores.EXPIRY);
    index = new StoryIndex(postings, expiry);
  }

  @AfterEach
  void tearDown() {
    stores.close();
  }

  @Test
  void aCommonFeaturesListKeepsTheNewestStoriesAndALookupReadsItsOpenDays() {
    // 20 stories a day over five days, in arrival order: more than a list keeps.
    for (int d = 4; d >= 0; d--) {
      for (int k = 0; k < 20; k++) {
        index.post(id(d, k), LOOKUP, DAY - d);
      }
    }
    index.post("sty-other", new long[] {StoryIndex.hash("w:launch")}, DAY);

    Set<String> found = index.candidates(LOOKUP, WEIGHT, DAY - 3, DAY, false).keySet();
    assertEquals(PostingList.MAX_STORIES, found.size());
    Set<String> newest = IntStream.range(0, 20).mapToObj(k -> id(0, k)).collect(Collectors.toSet());
    assertTrue(found.containsAll(newest), "every story of the newest day");
    assertEquals(IntStream.range(10, 20).mapToObj(k -> id(1, k)).collect(Collectors.toSet()),
        found.stream().filter(s -> s.startsWith("sty-1-")).collect(Collectors.toSet()),
        "then the day before's last posted");

    index.post("sty-tomorrow", LOOKUP, DAY + 1);
    assertEquals(Set.of("sty-tomorrow"), index.candidates(LOOKUP, WEIGHT, DAY + 1, DAY + 1, false).keySet(),
        "a day range reads those days only");
    assertEquals(9, index.candidates(LOOKUP, WEIGHT, DAY - 1, DAY - 1, false).size(), "the oldest kept gave way");
    assertTrue(index.candidates(LOOKUP, WEIGHT, DAY - 4, DAY - 2, false).isEmpty(), "older stories are not kept");
  }

  @Test
  void aStoryIsKeptOnceWithItsLatestDayAndPostingItAgainFromThenOnWritesNothing() {
    index.post("sty-a", LOOKUP, DAY - 2);
    for (int k = 0; k < PostingList.MAX_STORIES - 1; k++) {
      index.post(id(1, k), LOOKUP, DAY - 1);
    }
    index.post("sty-a", LOOKUP, DAY);
    byte[] list = postings.get(IndexKeys.feature(FEATURE));
    index.post("sty-a", LOOKUP, DAY);
    index.post("sty-a", LOOKUP, DAY - 1);
    assertArrayEquals(list, postings.get(IndexKeys.feature(FEATURE)), "already there from that day on");

    PostingList kept = PostingList.decode(list);
    assertEquals(PostingList.MAX_STORIES, kept.postings().size());
    assertEquals(new PostingList.Posting("sty-a", DAY), kept.postings().get(0));
    assertEquals(1, kept.postings().stream().filter(p -> p.storyId().equals("sty-a")).count());
    assertEquals(PostingList.MAX_STORIES, index.candidates(LOOKUP, WEIGHT, DAY - 1, DAY, false).size());
  }

  @Test
  void aLatePostingTakesItsPlaceByDay() {
    index.post("sty-new", LOOKUP, DAY);
    index.post("sty-old", LOOKUP, DAY - 2);
    index.post("sty-mid", LOOKUP, DAY - 1);
    assertEquals(java.util.List.of("sty-new", "sty-mid", "sty-old"), PostingList.decode(
        postings.get(IndexKeys.feature(FEATURE))).postings().stream().map(PostingList.Posting::storyId).toList());
  }

  @Test
  void theWeightsOfTheFeaturesThatFindAStoryAddUp() {
    long name = StoryIndex.hash("e:alice rescuer");
    index.post("sty-a", new long[] {FEATURE, name}, DAY);
    index.post("sty-b", LOOKUP, DAY);
    Map<String, Double> hits = index.candidates(new long[] {FEATURE, name}, new float[] {0.5f, 2f}, DAY, DAY, false);
    assertEquals(Map.of("sty-a", 2.5, "sty-b", 0.5), hits);
    assertEquals(Map.of("sty-a", 0.5, "sty-b", 0.5),
        index.candidates(new long[] {FEATURE, name}, new float[] {0.5f, 0f}, DAY, DAY, false),
        "a feature of weight 0 is not looked up");
  }

  @Test
  void eachDayOfAListHasAnExpiryEntryAndForgettingADayPrunesOrDeletesTheList() {
    long name = StoryIndex.hash("e:alice rescuer");
    index.post("sty-a", new long[] {FEATURE, name}, DAY - 1);
    index.post("sty-b", LOOKUP, DAY - 1);
    index.post("sty-c", LOOKUP, DAY);
    Bytes quake = IndexKeys.feature(FEATURE);
    Bytes alice = IndexKeys.feature(name);
    assertNotNull(expiry.get(IndexKeys.expiry(DAY - 1, IndexKeys.POSTING, quake.get())));
    assertNotNull(expiry.get(IndexKeys.expiry(DAY, IndexKeys.POSTING, quake.get())));
    assertNotNull(expiry.get(IndexKeys.expiry(DAY - 1, IndexKeys.POSTING, alice.get())));
    assertNull(expiry.get(IndexKeys.expiry(DAY, IndexKeys.POSTING, alice.get())));

    index.forget(quake, DAY);
    index.forget(alice, DAY);
    assertEquals(Set.of("sty-c"), index.candidates(LOOKUP, WEIGHT, 0, DAY + 1, false).keySet(),
        "its older days dropped");
    assertNull(postings.get(alice), "a list left empty is deleted");
  }

  @Test
  void postingsOfTheLayoutBeforeListsFillAListOnlyWhenAskedAndAreDeletedWhenTheirDayIsForgotten() {
    Bytes before = earlierPosting(FEATURE, DAY - 1, "sty-before");
    postings.put(before, new byte[0]);
    postings.put(earlierPosting(FEATURE, DAY - 5, "sty-closed"), new byte[0]);
    index.post("sty-a", LOOKUP, DAY);
    assertEquals(Set.of("sty-a"), index.candidates(LOOKUP, WEIGHT, DAY - 3, DAY, false).keySet());
    assertEquals(Set.of("sty-a", "sty-before"), index.candidates(LOOKUP, WEIGHT, DAY - 3, DAY, true).keySet(),
        "the open days of both layouts");
    index.forget(before, DAY);
    assertNull(postings.get(before));
    assertEquals(Set.of("sty-a"), index.candidates(LOOKUP, WEIGHT, DAY - 3, DAY, true).keySet());
  }

  static Bytes earlierPosting(long feature, int day, String storyId) {
    byte[] id = storyId.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(12 + id.length).putLong(feature).putInt(day).put(id).array());
  }

  @Test
  void aListDecodesAsEncodedAndACutValueIsRefused() {
    PostingList list = PostingList.EMPTY.with("sty-a", DAY).with("sty-é", DAY - 1)
        .with("sty-0123456789abcdef", DAY - 1).with("sty-0123456789ABCDEF", DAY - 2);
    assertEquals(list, PostingList.decode(list.encode()));
    assertEquals(14, PostingList.EMPTY.with("sty-0123456789abcdef", DAY).encode().length,
        "a story id as the assigner makes them in 8 bytes, after the day and the count");
    byte[] cut = java.util.Arrays.copyOf(list.encode(), list.encode().length - 2);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PostingList.decode(cut));
  }

  @Test
  void aListOfTheAssignersIdsIsWrittenByDayAndTheFirstEncodingIsStillRead() {
    PostingList list = PostingList.EMPTY;
    for (int d = 2; d >= 0; d--) {
      for (int k = 0; k < 10; k++) {
        list = list.with(String.format("sty-%016x", d * 1000L + k), DAY - d);
      }
    }
    byte[] grouped = list.encode();
    assertEquals(1 + 3 * (4 + 1) + 30 * 8, grouped.length, "a marker, then per day its day and count, then 8 bytes an id");
    assertEquals(PostingList.GROUPED, grouped[0]);
    assertEquals(list, PostingList.decode(grouped));

    // As the build before wrote the same list: [day][length 0][8 bytes] per posting.
    ByteBuffer first = ByteBuffer.allocate(30 * 13);
    for (PostingList.Posting p : list.postings()) {
      first.putInt(p.day()).put((byte) 0).putLong(Long.parseUnsignedLong(p.storyId().substring(4), 16));
    }
    assertEquals(list, PostingList.decode(first.array()));

    byte[] cut = java.util.Arrays.copyOf(grouped, grouped.length - 3);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PostingList.decode(cut));
  }

  @Test
  void anArticlesPostReadsNoListItsOwnLookupHasJustReadAndNeverAStaleOne() {
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    StoryIndex counted = new StoryIndex(readsCounted(postings, reads), expiry);
    long other = StoryIndex.hash("w:aftershock");
    long unseen = StoryIndex.hash("w:tsunami");
    counted.post("sty-0000000000000001", new long[] {FEATURE, other}, DAY);
    reads.set(0);

    counted.candidates(new long[] {FEATURE, other}, new float[] {1f, 1f}, DAY - 3, DAY, false);
    assertEquals(2, reads.get(), "a lookup reads one list per feature");
    counted.post("sty-0000000000000002", new long[] {FEATURE, other}, DAY);
    assertEquals(2, reads.get(), "the article's own post reads none of them again");
    counted.post("sty-0000000000000003", new long[] {FEATURE, unseen}, DAY);
    assertEquals(3, reads.get(), "a feature the lookup did not read is read from the store");

    // What the post read from memory is what a fresh index reads from the store.
    assertEquals(Set.of("sty-0000000000000001", "sty-0000000000000002", "sty-0000000000000003"),
        index.candidates(LOOKUP, WEIGHT, DAY, DAY, false).keySet());
    counted.candidates(LOOKUP, WEIGHT, DAY, DAY, false);
    index.post("sty-0000000000000004", LOOKUP, DAY);
    counted.candidates(LOOKUP, WEIGHT, DAY, DAY, false);
    counted.forget(IndexKeys.feature(FEATURE), DAY + 1);
    assertNull(postings.get(IndexKeys.feature(FEATURE)), "the forgotten day emptied the list");
    counted.post("sty-0000000000000005", LOOKUP, DAY + 1);
    assertEquals(Set.of("sty-0000000000000005"), index.candidates(LOOKUP, WEIGHT, DAY, DAY + 1, false).keySet(),
        "a post after a forget starts from what the forget left");
  }

  /** The store, counting its point reads (a spy over the real store: every call goes to it). */
  @SuppressWarnings("unchecked")
  private static KeyValueStore<Bytes, byte[]> readsCounted(KeyValueStore<Bytes, byte[]> store,
      java.util.concurrent.atomic.AtomicInteger reads) {
    return (KeyValueStore<Bytes, byte[]>) java.lang.reflect.Proxy.newProxyInstance(
        KeyValueStore.class.getClassLoader(), new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("get")) {
            reads.incrementAndGet();
          }
          try {
            return method.invoke(store, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static String id(int daysAgo, int k) {
    return "sty-" + daysAgo + "-" + k;
  }
}
