package io.mediamon.alerter;

import io.mediamon.schema.AlertKind;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryOrigin;
import java.util.Optional;

/**
 * When a story is worth its first alert. A discovered story is NEW once it has enough articles from enough
 * outlets ({@code alerts.new-min-articles}, {@code alerts.new-min-sources}), so a desk can ask for corroboration
 * before it hears of a story; one that never gets there never alerts. A followed event is already known to the
 * desk, so its first report is an UPDATE, whatever the thresholds.
 */
final class FirstAlert {
  static final String NEW_STORY = "new story";
  static final String FIRST_REPORT = "first report on followed event";

  private final int minArticles;
  private final int minSources;

  FirstAlert(int minArticles, int minSources) {
    this.minArticles = minArticles;
    this.minSources = minSources;
  }

  /** The first alert this version of a story deserves, or empty while it does not qualify yet. */
  Optional<Decision> decide(Story story) {
    if (story.getOrigin() == StoryOrigin.FOLLOWED) {
      // Loading a followed event creates its story before any article: that is not news.
      return story.getArticleCount() >= 1 ? Optional.of(new Decision(AlertKind.UPDATE, FIRST_REPORT))
          : Optional.empty();
    }
    return story.getArticleCount() >= minArticles && story.getSourceCount() >= minSources
        ? Optional.of(new Decision(AlertKind.NEW, NEW_STORY)) : Optional.empty();
  }

  record Decision(AlertKind kind, String change) {}
}
