package io.mediamon.ingest.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seen ids of this process, the oldest forgotten past {@code capacity} so memory stays bounded on a long run. Does
 * not survive a restart; see the README for the Kafka-backed design.
 */
public final class InMemorySeenArticles implements SeenArticles {
  private final Map<String, Boolean> ids;

  public InMemorySeenArticles(int capacity) {
    this.ids = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public synchronized boolean isSeen(String articleId) {
    return ids.containsKey(articleId);
  }

  @Override
  public synchronized void markSeen(String articleId) {
    ids.put(articleId, Boolean.TRUE);
  }
}
