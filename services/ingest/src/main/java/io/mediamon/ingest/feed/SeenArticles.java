package io.mediamon.ingest.feed;

/**
 * The ids of articles already published, so an item seen in an earlier poll (or in another feed) is not fetched and
 * published again. The poller only reads it; whoever publishes marks an id once the record is on Kafka.
 */
public interface SeenArticles {
  boolean isSeen(String articleId);

  void markSeen(String articleId);
}
