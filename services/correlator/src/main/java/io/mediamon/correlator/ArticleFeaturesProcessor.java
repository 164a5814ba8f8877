package io.mediamon.correlator;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.stories.features.ArticleFeaturesFactory;
import io.mediamon.stories.meaning.ArticleMeaning;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parallel part of the correlator: reduces each English enriched article to its story features, gives it its
 * meaning vector (the costliest part, so done here, on every partition, not in the single assignment task) and links
 * it to the followed events its event mentions report. Articles in other languages have no entities or event mentions to
 * compare, so they join no story (logged, not an error).
 */
final class ArticleFeaturesProcessor implements Processor<String, EnrichedArticle, String, ArticleFeatures> {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleFeaturesProcessor.class);

  private final String followedStoreName;
  private final ArticleFeaturesFactory factory;
  private final ArticleMeaning meaning;
  private final FollowedEventLinker linker;
  private ProcessorContext<String, ArticleFeatures> context;
  private ReadOnlyKeyValueStore<String, Event> followed;

  ArticleFeaturesProcessor(String followedStoreName, ArticleFeaturesFactory factory, ArticleMeaning meaning,
      FollowedEventLinker linker) {
    this.followedStoreName = followedStoreName;
    this.factory = factory;
    this.meaning = meaning;
    this.linker = linker;
  }

  @Override
  public void init(ProcessorContext<String, ArticleFeatures> context) {
    this.context = context;
    this.followed = context.getStateStore(followedStoreName);
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    if (article == null) {
      return; // a tombstone on the enriched topic means nothing to stories
    }
    if (!"en".equals(article.getLanguage())) {
      LOG.debug("Article {} is in '{}': stories are built from English articles only", article.getId(),
          article.getLanguage());
      return;
    }
    ArticleFeatures features = factory.features(article, linker.linkedEvents(article, followed));
    features.setMeaning(meaning.of(article));
    context.forward(record.withKey(article.getId()).withValue(features));
  }
}
