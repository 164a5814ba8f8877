package io.mediamon.stories.assign;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How many articles so far contained each word and entity: the rarity that makes "Winston Blackmore" strong evidence
 * and "United States" weak. Learnt online from the articles the stage has seen (changelogged, so it survives
 * restarts); nothing is assumed about the language of news beforehand.
 */
final class TermStatistics {
  /** Reserved key of the article count; no feature starts with a NUL character. */
  private static final String DOCUMENTS = "\u0000documents";

  private final KeyValueStore<String, Long> store;

  TermStatistics(KeyValueStore<String, Long> store) {
    this.store = store;
  }

  long documents() {
    Long n = store.get(DOCUMENTS);
    return n == null ? 0 : n;
  }

  long frequency(String feature) {
    Long n = store.get(feature);
    return n == null ? 0 : n;
  }

  /** Counts one more article containing these features. */
  void addDocument(Iterable<String> features) {
    store.put(DOCUMENTS, documents() + 1);
    for (String f : features) {
      store.put(f, frequency(f) + 1);
    }
  }

  /** Inverse document frequency, smoothed so that a feature never seen before weighs most, never infinitely. */
  static double idf(long documents, long frequency) {
    return Math.log((documents + 1.0) / (frequency + 0.5));
  }
}
