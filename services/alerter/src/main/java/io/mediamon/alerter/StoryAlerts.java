package io.mediamon.alerter;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertArticle;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.ArticleRef;
import io.mediamon.schema.Story;
import java.time.Instant;
import java.util.List;

/** The alert a downstream system receives for a story: the story as it stands, and what made this alert. */
final class StoryAlerts {
  private StoryAlerts() {}

  /**
   * @param emittedAt record time that triggered the alert (never wall-clock time, so a replay of the same input
   *     gives the same alerts)
   */
  static Alert alertFor(Story story, AlertKind kind, List<String> changes, long emittedAt) {
    return Alert.newBuilder()
        .setEventId(story.getStoryId())
        .setKind(kind)
        .setTitle(story.getTitle())
        .setHeadline(story.getHeadline())
        .setOrigin(story.getOrigin().name())
        .setEventType(story.getStoryType())
        .setActors(story.getActors())
        .setLocation(story.getPlace())
        .setDate(story.getDate())
        .setArticleCount(story.getArticleCount())
        .setSourceCount(story.getSourceCount())
        .setTopArticles(story.getTopArticles().stream().map(StoryAlerts::article).toList())
        .setArticleIds(story.getTopArticles().stream().map(ArticleRef::getArticleId).toList())
        .setSources(story.getSources())
        .setChanges(changes)
        .setFirstSeen(story.getFirstSeen())
        .setLastSeen(story.getLastSeen())
        .setEmittedAt(Instant.ofEpochMilli(emittedAt))
        .build();
  }

  private static AlertArticle article(ArticleRef ref) {
    return AlertArticle.newBuilder().setUrl(ref.getUrl()).setTitle(ref.getTitle()).setSource(ref.getSource()).build();
  }
}
