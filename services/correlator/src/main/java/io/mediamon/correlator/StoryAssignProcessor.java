package io.mediamon.correlator;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.stories.assign.Assignment;
import io.mediamon.stories.assign.StoryAssigner;
import io.mediamon.stories.assign.StoryStores;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The single-task stage: decides each article's story ({@link StoryAssigner}) and forwards the article keyed by the
 * story it joins, then once more keyed by each followed event it reports. An article seen before forwards nothing.
 * When its joining split its story, the articles of both stories follow, each keyed by its story again; when it
 * merged its story into another, the story's other articles follow keyed by the story they are in now, and then a
 * tombstone keyed by the story that merged, which the aggregation deletes.
 */
final class StoryAssignProcessor implements Processor<String, ArticleFeatures, String, ArticleFeatures> {
  private final StoryAssigner.Settings settings;
  private ProcessorContext<String, ArticleFeatures> context;
  private StoryAssigner assigner;

  StoryAssignProcessor(StoryAssigner.Settings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, ArticleFeatures> context) {
    this.context = context;
    this.assigner = StoryStores.assigner(context, settings);
  }

  @Override
  public void process(Record<String, ArticleFeatures> record) {
    ArticleFeatures article = record.value();
    if (article == null) {
      return;
    }
    Assignment assignment = assigner.assign(article);
    if (assignment == null) {
      return; // already in its story
    }
    ArticleFeatures assigned = assignment.applyTo(article);
    context.forward(record.withKey(assignment.storyId()).withValue(assigned));
    for (String eventId : article.getFollowedEventIds()) {
      context.forward(record.withKey(eventId).withValue(ArticleFeatures.newBuilder(assigned)
          .setStoryId(eventId).setOrigin(StoryOrigin.FOLLOWED.name()).setNewStory(false).setRelatedStoryId(null)
          .build()));
    }
    // A split: both stories' articles again, each story starting over from its first; a merge: the merged story's
    // other articles in the story they are in now, then the merged story's deletion (see Assignment.regrouped).
    for (ArticleFeatures regrouped : assignment.regrouped()) {
      context.forward(record.withKey(regrouped.getStoryId()).withValue(regrouped));
    }
    if (assignment.mergedStoryId() != null) {
      context.forward(record.withKey(assignment.mergedStoryId()).withValue(null));
    }
  }
}
