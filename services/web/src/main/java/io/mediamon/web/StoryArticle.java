package io.mediamon.web;

import java.util.List;

/**
 * One article of a story as the live view shows it: from its membership (story, title, outlet, link, time) and its
 * enriched record (who said what). Store {@value WebTopology#STORY_ARTICLES_STORE}, keyed story id, NUL, article id.
 *
 * @param reportedAt publication time, else fetch time (epoch milliseconds)
 * @param followedEventIds the followed events the article also reports: it is one of their articles too
 */
public record StoryArticle(String articleId, String storyId, String url, String title, String source,
    long reportedAt, List<Said> claims, List<String> followedEventIds) {

  public StoryArticle {
    claims = claims == null ? List.of() : List.copyOf(claims);
    followedEventIds = followedEventIds == null ? List.of() : List.copyOf(followedEventIds);
  }

  StoryArticle withClaims(List<Said> said) {
    return new StoryArticle(articleId, storyId, url, title, source, reportedAt, said, followedEventIds);
  }

  /** The same article filed under another story: a followed event it also reports (whose story id is its id). */
  StoryArticle in(String otherStoryId) {
    return new StoryArticle(articleId, otherStoryId, url, title, source, reportedAt, claims, followedEventIds);
  }

  /** A claim the article reports; {@code speaker} is the resolved name, null when it could not be resolved. */
  public record Said(String speaker, String speakerText, String cue, String content, boolean quoted, String kind) {}
}
