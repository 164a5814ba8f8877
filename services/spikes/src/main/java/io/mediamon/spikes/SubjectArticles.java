package io.mediamon.spikes;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.SpikeSubject;
import io.mediamon.schema.StoryMembership;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/** What the inputs contribute: an enriched article counts for its prominent entities, a membership for its story. */
final class SubjectArticles {
  /**
   * The reasons of a membership sent again after its story split or merged (the correlator's {@code Assignment.SPLIT}
   * and {@code Assignment.MERGE}).
   */
  private static final java.util.Set<String> SENT_AGAIN = java.util.Set.of("split", "merge");
  private final ProminentEntities entities;

  SubjectArticles(ProminentEntities entities) {
    this.entities = entities;
  }

  /** One record per prominent entity, keyed 'entity:' and its name; none for a tombstone. */
  List<KeyValue<String, SubjectArticle>> ofArticle(EnrichedArticle article) {
    if (article == null) {
      return List.of();
    }
    long reportedAt = article.getPublishedAt() != null ? article.getPublishedAt().toEpochMilli()
        : article.getFetchedAt().toEpochMilli();
    return entities.of(article).stream()
        .map(name -> KeyValue.pair(SubjectArticle.entityKey(name), new SubjectArticle(SpikeSubject.ENTITY, name,
            article.getId(), article.getSource(), url(article), article.getTitle(), reportedAt)))
        .toList();
  }

  /**
   * The membership's article, keyed by its story id; none for a tombstone, nor for an article sent again after its
   * story split or merged (reason {@code split}, {@code merge}): each article counts once, for the story it first
   * joined.
   */
  List<KeyValue<String, SubjectArticle>> ofMembership(StoryMembership membership) {
    if (membership == null || SENT_AGAIN.contains(membership.getReason())) {
      return List.of();
    }
    return List.of(KeyValue.pair(membership.getStoryId(), new SubjectArticle(SpikeSubject.STORY,
        membership.getTitle(), membership.getArticleId(), membership.getSource(), membership.getUrl(),
        membership.getTitle(), membership.getReportedAt().toEpochMilli())));
  }

  private static String url(EnrichedArticle article) {
    return article.getCanonicalUrl() != null ? article.getCanonicalUrl() : article.getUrl();
  }
}
