package io.mediamon.correlator;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.Event;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.stories.aggregate.StoryAggregation;
import io.mediamon.stories.assign.Assignment;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed by story id: the only writer of each story record. Takes an assigned article into its story (a followed
 * event's coverage starts from the analyst's event) and forwards the new version for the stories topic. A story that
 * split is taken apart by its articles coming again, the first of each part starting its story over; a story that
 * merged into another comes as a tombstone (its articles come keyed by the other), and is deleted.
 */
final class StoryAggregateProcessor implements Processor<String, ArticleFeatures, String, Story> {
  private static final Logger LOG = LoggerFactory.getLogger(StoryAggregateProcessor.class);

  private final String storiesStoreName;
  private final String followedStoreName;
  private ProcessorContext<String, Story> context;
  private KeyValueStore<String, Story> stories;
  private ReadOnlyKeyValueStore<String, Event> followed;

  StoryAggregateProcessor(String storiesStoreName, String followedStoreName) {
    this.storiesStoreName = storiesStoreName;
    this.followedStoreName = followedStoreName;
  }

  @Override
  public void init(ProcessorContext<String, Story> context) {
    this.context = context;
    this.stories = context.getStateStore(storiesStoreName);
    this.followed = context.getStateStore(followedStoreName);
  }

  @Override
  public void process(Record<String, ArticleFeatures> record) {
    ArticleFeatures article = record.value();
    if (record.key() == null) {
      return;
    }
    if (article == null) {
      if (stories.get(record.key()) != null) {
        stories.delete(record.key());
        context.forward(record.withValue(null));
      }
      return;
    }
    Instant at = Instant.ofEpochMilli(record.timestamp());
    // After a split, both stories start over from their first article (see Assignment.regrouped).
    boolean restart = article.getNewStory() && Assignment.SPLIT.equals(article.getReason());
    Story story = restart ? null : stories.get(record.key());
    if (story == null) {
      story = start(record.key(), article, at);
      if (story == null) {
        return;
      }
    }
    Story next = StoryAggregation.add(story, article, at);
    stories.put(record.key(), next);
    context.forward(record.withValue(next));
  }

  private Story start(String storyId, ArticleFeatures article, Instant at) {
    if (!StoryOrigin.FOLLOWED.name().equals(article.getOrigin())) {
      return StoryAggregation.discovered(storyId, article, at);
    }
    Event event = followed.get(storyId);
    if (event == null) {
      // Unfollowed (tombstoned) between linking and now: nothing to add the article to.
      LOG.info("Followed event {} is gone; article {} is not added to it", storyId, article.getArticleId());
      return null;
    }
    return StoryAggregation.followed(event, article, at);
  }
}
