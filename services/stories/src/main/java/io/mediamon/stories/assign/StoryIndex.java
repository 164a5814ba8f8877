package io.mediamon.stories.assign;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Finds the open stories an article may belong to without looking at any other: an inverted index from features (the
 * strongest words and entities of each article) to the newest stories whose articles had them ({@link PostingList}).
 * A lookup reads one list per feature, so its cost does not grow with the number of stories; rare features (a name)
 * have short lists and carry the decision, common ones are cut short.
 */
final class StoryIndex {
  private static final byte[] PRESENT = new byte[0];

  private final KeyValueStore<Bytes, byte[]> postings;
  private final KeyValueStore<Bytes, byte[]> expiry;
  /**
   * The lists the last lookup read (null where a feature has none), kept as this index writes them: an article's own
   * post then needs no second read of the lists its search has just read. Cleared at each lookup, so it holds one
   * article's lists; every write to the posting store goes through this index, so it cannot go stale.
   */
  private final Map<Bytes, byte[]> lastRead = new HashMap<>();

  StoryIndex(KeyValueStore<Bytes, byte[]> postings, KeyValueStore<Bytes, byte[]> expiry) {
    this.postings = postings;
    this.expiry = expiry;
  }

  /**
   * Candidate story ids with the summed weight of the features that found them, posted from day to day; features of
   * weight 0 are not looked up.
   *
   * @param earlierLayout whether postings of the layout before lists may still be in the store (a stage upgraded
   *     from it, until they have expired): a list not full of open days is then filled from them, newest day first
   */
  Map<String, Double> candidates(long[] features, float[] weights, int fromDay, int toDay, boolean earlierLayout) {
    Map<String, Double> hits = new HashMap<>();
    lastRead.clear();
    for (int f = 0; f < features.length; f++) {
      double weight = weights[f];
      if (weight <= 0) {
        continue;
      }
      Bytes key = IndexKeys.feature(features[f]);
      byte[] list = postings.get(key);
      lastRead.put(key, list);
      Set<String> found = new LinkedHashSet<>();
      for (PostingList.Posting p : PostingList.decode(list).postings()) {
        if (p.day() >= fromDay && p.day() <= toDay) {
          found.add(p.storyId());
        }
      }
      if (earlierLayout && found.size() < PostingList.MAX_STORIES) {
        try (KeyValueIterator<Bytes, byte[]> it = postings.reverseRange(
            IndexKeys.earlierPostingFrom(features[f], fromDay), IndexKeys.earlierPostingFrom(features[f], toDay + 1))) {
          while (it.hasNext() && found.size() < PostingList.MAX_STORIES) {
            found.add(IndexKeys.storyOfEarlierPosting(it.next().key));
          }
        }
      }
      for (String story : found) {
        hits.merge(story, weight, Double::sum);
      }
    }
    return hits;
  }

  /**
   * Makes the story findable by these features, posted on this day, until the day is forgotten. A list that already
   * holds the story from that day on is not written again (a story's next reports mostly share its features).
   */
  void post(String storyId, long[] features, int day) {
    Map<Bytes, byte[]> lists = new LinkedHashMap<>();
    List<KeyValue<Bytes, byte[]>> expiries = new ArrayList<>();
    for (long feature : features) {
      Bytes key = IndexKeys.feature(feature);
      PostingList list = PostingList.decode(lists.containsKey(key) ? lists.get(key) : read(key));
      PostingList posted = list.with(storyId, day);
      if (posted == list) {
        continue;
      }
      lists.put(key, posted.encode());
      if (!list.hasDay(day)) {
        // The first posting of the day in this list: when the day is forgotten, the list is pruned.
        expiries.add(KeyValue.pair(IndexKeys.expiry(day, IndexKeys.POSTING, key.get()), PRESENT));
      }
    }
    List<KeyValue<Bytes, byte[]>> puts = new ArrayList<>(lists.size());
    lists.forEach((key, value) -> puts.add(KeyValue.pair(key, value)));
    postings.putAll(puts);
    // Once written: a failed write leaves the kept lists as the store has them.
    lists.forEach(lastRead::replace);
    expiry.putAll(expiries);
  }

  private byte[] read(Bytes key) {
    return lastRead.containsKey(key) ? lastRead.get(key) : postings.get(key);
  }

  /**
   * Drops the postings of days before the horizon from the list an expiry entry names. An entry that names a whole
   * posting key instead of a feature is of the layout before lists (a key per posting), deleted as such.
   */
  void forget(Bytes listKey, int horizon) {
    if (!IndexKeys.isFeature(listKey)) {
      postings.delete(listKey);
      return;
    }
    PostingList list = PostingList.decode(read(listKey));
    PostingList kept = list.keeping(day -> day >= horizon);
    if (kept.isEmpty()) {
      postings.delete(listKey);
      lastRead.replace(listKey, null);
    } else if (kept != list) {
      byte[] value = kept.encode();
      postings.put(listKey, value);
      lastRead.replace(listKey, value);
    }
  }

  /** A 64-bit hash of a feature (FNV-1a over UTF-8, then mixed): posting keys stay short whatever the word. */
  static long hash(String feature) {
    long h = 0xcbf29ce484222325L;
    for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
