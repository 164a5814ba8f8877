package io.mediamon.stories.assign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How many articles so far contained each word and entity: the rarity that makes "Winston Blackmore" strong evidence
 * and "United States" weak. Learnt online from the articles the stage has seen; nothing is assumed about the
 * language of news beforehand, only that a stream holds many articles ({@link ArticleVectors} reads the counts against
 * at least {@code stories.prior-articles}).
 *
 * <p>The counts live in a changelogged store (they survive restarts and move with the task). This stage is their only
 * writer, so a bounded cache of the most recently used counts in front of the store is always right; it saves two
 * store reads per word of every article, which would otherwise be most of the stage's time.
 */
final class TermStatistics {
  /** Reserved key of the article count; no feature starts with a NUL character. */
  private static final String DOCUMENTS = "\u0000documents";
  /** Counts kept on the heap, least recently used dropped first (some tens of megabytes). */
  static final int CACHE_ENTRIES = 200_000;

  private final KeyValueStore<String, Long> store;
  private final Map<String, Long> cache = new LinkedHashMap<>(CACHE_ENTRIES, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > CACHE_ENTRIES;
    }
  };

  TermStatistics(KeyValueStore<String, Long> store) {
    this.store = store;
  }

  long documents() {
    return frequency(DOCUMENTS);
  }

  long frequency(String feature) {
    Long n = cache.get(feature);
    if (n == null) {
      n = store.get(feature);
      n = n == null ? 0L : n;
      cache.put(feature, n);
    }
    return n;
  }

  /** Counts one more article containing these features. */
  void addDocument(Iterable<String> features) {
    List<KeyValue<String, Long>> updates = new ArrayList<>();
    updates.add(KeyValue.pair(DOCUMENTS, documents() + 1));
    for (String f : features) {
      updates.add(KeyValue.pair(f, frequency(f) + 1));
    }
    store.putAll(updates);
    updates.forEach(kv -> cache.put(kv.key, kv.value));
  }

  /** Inverse document frequency, smoothed so that a feature never seen before weighs most, never infinitely. */
  static double idf(long documents, long frequency) {
    return Math.log((documents + 1.0) / (frequency + 0.5));
  }
}
