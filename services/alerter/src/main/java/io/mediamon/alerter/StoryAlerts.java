package io.mediamon.alerter;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertClaim;
import io.mediamon.schema.AlertWatch;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import io.mediamon.schema.AlertArticle;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.ArticleRef;
import io.mediamon.schema.Story;
import java.time.Instant;
import java.util.List;

/** The alert a downstream system receives for a story: the story as it stands, and what made this alert. */
final class StoryAlerts {
  /** Claims an alert quotes: the story keeps the first of up to 10 named speakers; a reader needs the first few. */
  static final int MAX_CLAIMS = 5;

  private StoryAlerts() {}

  /**
   * @param emittedAt record time that triggered the alert (never wall-clock time, so a replay of the same input
   *     gives the same alerts)
   */
  static Alert alertFor(Story story, AlertKind kind, List<String> changes, long emittedAt, List<AlertWatch> watches) {
    Map<String, String> urls = new HashMap<>();
    story.getTopArticles().forEach(a -> urls.put(a.getArticleId(), a.getUrl()));
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
        .setWatches(watches)
        .setSeverity(watches.stream().map(AlertWatch::getSeverity).max(Comparator.naturalOrder()).orElse(null))
        .setClaims(story.getClaims().stream().limit(MAX_CLAIMS)
            .map(c -> new AlertClaim(c.getSpeaker(), c.getContent(), urls.get(c.getArticleId()))).toList())
        .setSpike(null)
        .setEmittedAt(Instant.ofEpochMilli(emittedAt))
        .build();
  }

  private static AlertArticle article(ArticleRef ref) {
    return AlertArticle.newBuilder().setUrl(ref.getUrl()).setTitle(ref.getTitle()).setSource(ref.getSource()).build();
  }
}
