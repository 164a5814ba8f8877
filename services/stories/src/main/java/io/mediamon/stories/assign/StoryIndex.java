package io.mediamon.stories.assign;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
 * strongest words and entities of each article) to the stories whose articles had them, by day. A lookup is one range
 * scan per feature over the days a story can still be open, reading at most {@link #MAX_POSTINGS_READ} entries, so its
 * cost does not grow with the number of stories; rare features (a name) have short lists and carry the decision,
 * common ones are cut short.
 */
final class StoryIndex {
  /** Postings read per feature at most. */
  static final int MAX_POSTINGS_READ = 30;
  private static final byte[] PRESENT = new byte[0];

  private final KeyValueStore<Bytes, byte[]> postings;
  private final KeyValueStore<Bytes, byte[]> expiry;

  StoryIndex(KeyValueStore<Bytes, byte[]> postings, KeyValueStore<Bytes, byte[]> expiry) {
    this.postings = postings;
    this.expiry = expiry;
  }

  /**
   * Candidate story ids with the summed weight of the features that found them, posted from day to day; features of
   * weight 0 are not looked up.
   */
  Map<String, Double> candidates(long[] features, float[] weights, int fromDay, int toDay) {
    Map<String, Double> hits = new HashMap<>();
    for (int f = 0; f < features.length; f++) {
      long hash = features[f];
      double weight = weights[f];
      if (weight <= 0) {
        continue;
      }
      // Newest days first: when a common feature's list is cut short, the stories cut are the oldest.
      Set<String> found = new LinkedHashSet<>();
      try (KeyValueIterator<Bytes, byte[]> it = postings.reverseRange(IndexKeys.postingFrom(hash, fromDay),
          IndexKeys.postingFrom(hash, toDay + 1))) {
        while (it.hasNext() && found.size() < MAX_POSTINGS_READ) {
          found.add(IndexKeys.storyOfPosting(it.next().key));
        }
      }
      for (String story : found) {
        hits.merge(story, weight, Double::sum);
      }
    }
    return hits;
  }

  /** Makes the story findable by these features, posted on this day, until the day is forgotten. */
  void post(String storyId, long[] features, int day) {
    List<KeyValue<Bytes, byte[]>> posts = new ArrayList<>();
    List<KeyValue<Bytes, byte[]>> expiries = new ArrayList<>();
    for (long feature : features) {
      Bytes key = IndexKeys.posting(feature, day, storyId);
      posts.add(KeyValue.pair(key, PRESENT));
      expiries.add(KeyValue.pair(IndexKeys.expiry(day, IndexKeys.POSTING, key.get()), PRESENT));
    }
    postings.putAll(posts);
    expiry.putAll(expiries);
  }

  /** Removes a posting whose day is forgotten (its expiry entry names it). */
  void forget(Bytes postingKey) {
    postings.delete(postingKey);
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
