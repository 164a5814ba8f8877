package io.mediamon.web;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each story's articles under {@code storyId NUL articleId}, so that one prefix scan reads a story's articles.
 * An article whose story id is not the record's key has moved from that story to its own (a split, see
 * {@link ArticleJoiner}): it is taken out of the story of the key.
 */
final class StoryArticlesIndexer implements Processor<String, StoryArticle, Void, Void> {
  private KeyValueStore<String, StoryArticle> store;

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(WebTopology.STORY_ARTICLES_STORE);
  }

  @Override
  public void process(Record<String, StoryArticle> record) {
    StoryArticle article = record.value();
    if (record.key() == null || article == null) {
      return;
    }
    if (!record.key().equals(article.storyId())) {
      store.delete(key(record.key(), article.articleId()));
      return;
    }
    store.put(key(record.key(), article.articleId()), article);
  }

  static String key(String storyId, String articleId) {
    return prefix(storyId) + articleId;
  }

  static String prefix(String storyId) {
    return storyId + '\u0000';
  }
}
