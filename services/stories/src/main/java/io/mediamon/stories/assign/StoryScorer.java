package io.mediamon.stories.assign;

/**
 * How strongly an article belongs to an open story, from 0 to 1: the cosine of their word vectors blended with the
 * cosine of their entity vectors. Both are TF-IDF weighted with online document frequencies, so shared rare names
 * and words count and shared common ones barely do.
 */
final class StoryScorer {
  /** Share of the entity similarity in the score. */
  static final double ENTITY_WEIGHT = 0.35;

  double score(ArticleVector article, StoryProfile story) {
    double text = ArticleVector.cosine(article.terms(), story.terms());
    double entities = ArticleVector.cosine(article.entities(), story.entities());
    return (1 - ENTITY_WEIGHT) * text + ENTITY_WEIGHT * entities;
  }
}
