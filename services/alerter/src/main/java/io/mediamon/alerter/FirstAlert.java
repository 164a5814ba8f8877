package io.mediamon.alerter;

import io.mediamon.schema.AlertKind;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryOrigin;
import java.util.Optional;

/**
 * When a story is worth its first alert. A discovered story is NEW once it has enough articles from enough
 * outlets ({@code alerts.new-min-articles}, {@code alerts.new-min-sources}), so a desk can ask for corroboration
 * before it hears of a story; one that never gets there never alerts. A story whose first article was related to an
 * earlier open story without joining it ({@code Story.relatedStoryId}, see {@code stories.related-threshold}) needs
 * {@code alerts.related-new-min-articles}: most such stories are a report of a story already announced that scored
 * under the join threshold, and stay at one or two articles; a second happening of the same kind is announced once it
 * is reported on its own. A followed event is already known to the desk, so its first report is an UPDATE, whatever
 * the thresholds.
 */
final class FirstAlert {
  static final String NEW_STORY = "new story";
  static final String NEW_RELATED_STORY = "new story, related to ";
  static final String FIRST_REPORT = "first report on followed event";

  private final int minArticles;
  private final int minSources;
  private final int relatedMinArticles;

  FirstAlert(int minArticles, int minSources) {
    this(minArticles, minSources, minArticles);
  }

  FirstAlert(int minArticles, int minSources, int relatedMinArticles) {
    this.minArticles = minArticles;
    this.minSources = minSources;
    this.relatedMinArticles = Math.max(minArticles, relatedMinArticles);
  }

  /** The first alert this version of a story deserves, or empty while it does not qualify yet. */
  Optional<Decision> decide(Story story) {
    if (story.getOrigin() == StoryOrigin.FOLLOWED) {
      // Loading a followed event creates its story before any article: that is not news.
      return story.getArticleCount() >= 1 ? Optional.of(new Decision(AlertKind.UPDATE, FIRST_REPORT))
          : Optional.empty();
    }
    String related = story.getRelatedStoryId();
    int articles = related == null ? minArticles : relatedMinArticles;
    if (story.getArticleCount() < articles || story.getSourceCount() < minSources) {
      return Optional.empty();
    }
    return Optional.of(new Decision(AlertKind.NEW, related == null ? NEW_STORY : NEW_RELATED_STORY + related));
  }

  record Decision(AlertKind kind, String change) {}
}
