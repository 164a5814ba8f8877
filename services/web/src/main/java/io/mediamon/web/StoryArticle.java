package io.mediamon.web;

import java.util.List;

/**
 * One article of a story as the live view shows it: from its membership (story, title, outlet, link, time) and its
 * enriched record (who said what). Store {@value WebTopology#STORY_ARTICLES_STORE}, keyed story id, NUL, article id.
 *
 * @param reportedAt publication time, else fetch time (epoch milliseconds)
 */
public record StoryArticle(String articleId, String storyId, String url, String title, String source,
    long reportedAt, List<Said> claims) {

  public StoryArticle {
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  StoryArticle withClaims(List<Said> said) {
    return new StoryArticle(articleId, storyId, url, title, source, reportedAt, said);
  }

  /** A claim the article reports; {@code speaker} is the resolved name, null when it could not be resolved. */
  public record Said(String speaker, String speakerText, String cue, String content, boolean quoted, String kind) {}
}
