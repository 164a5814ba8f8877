package io.mediamon.web;

import java.util.List;

/**
 * What one of the two article topics says about an article, for the join: from mediamon.story-articles its story
 * ({@code article} set), from mediamon.articles.enriched its claims ({@code claims} set).
 */
public record ArticlePart(StoryArticle article, List<StoryArticle.Said> claims) {
  /** The claims an enriched article reports, waiting for its membership (store {@value WebTopology#ARTICLE_CLAIMS_STORE}). */
  public record Claims(List<StoryArticle.Said> claims) {}
}
