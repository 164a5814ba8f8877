package io.mediamon.stories.assign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Finds the open stories an article may belong to without looking at any other: an inverted index from features (its
 * strongest words and entities) to the stories whose articles had them, one posting list per feature and day. A
 * lookup reads the article's features in the days a story can still be open, at most {@link #MAX_POSTINGS_READ}
 * entries each, so its cost does not grow with the number of stories; rare features (a name) have short lists and
 * carry the decision, common ones are cut short.
 */
final class StoryIndex {
  /** Postings read per feature and day at most. */
  static final int MAX_POSTINGS_READ = 40;
  private static final byte[] PRESENT = new byte[0];

  private final KeyValueStore<Bytes, byte[]> postings;

  StoryIndex(KeyValueStore<Bytes, byte[]> postings) {
    this.postings = postings;
  }

  /** Candidate story ids with the summed weight of the features that found them, for the days given. */
  Map<String, Double> candidates(Map<String, Float> lookup, int fromDay, int toDay) {
    Map<String, Double> hits = new HashMap<>();
    for (Map.Entry<String, Float> feature : lookup.entrySet()) {
      long hash = hash(feature.getKey());
      for (int day = toDay; day >= fromDay; day--) {
        Bytes prefix = IndexKeys.postingPrefix(day, hash);
        int read = 0;
        try (KeyValueIterator<Bytes, byte[]> it = postings.prefixScan(prefix, new org.apache.kafka.common
            .serialization.BytesSerializer())) {
          while (it.hasNext() && read < MAX_POSTINGS_READ) {
            KeyValue<Bytes, byte[]> kv = it.next();
            hits.merge(IndexKeys.storyOfPosting(kv.key), (double) feature.getValue(), Double::sum);
            read++;
          }
        }
      }
    }
    return hits;
  }

  /** Makes the story findable by these features from this day on. */
  void post(String storyId, Iterable<String> features, int day) {
    for (String feature : features) {
      postings.put(IndexKeys.posting(day, hash(feature), storyId), PRESENT);
    }
  }

  /** Removes every posting of the days before {@code day}. */
  int forgetBefore(int day) {
    List<Bytes> old = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = postings.range(IndexKeys.dayStart(0), IndexKeys.dayStart(day))) {
      while (it.hasNext()) {
        Bytes key = it.next().key;
        if (IndexKeys.dayOf(key) < day) {
          old.add(key);
        }
      }
    }
    old.forEach(postings::delete);
    return old.size();
  }

  /** A 64-bit hash of a feature: posting keys stay short whatever the word. */
  static long hash(String feature) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(feature.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
