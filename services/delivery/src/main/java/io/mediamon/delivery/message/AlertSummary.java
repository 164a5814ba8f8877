package io.mediamon.delivery.message;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertArticle;
import io.mediamon.schema.AlertClaim;
import io.mediamon.schema.AlertWatch;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An alert in words for people (Slack, e-mail): a subject line and a few lines with what a reader needs to act
 * without opening Kafka. Machines get the JSON document instead.
 */
public final class AlertSummary {
  private static final int MAX_ARTICLES = 5;
  private static final int MAX_CLAIMS = 3;

  private AlertSummary() {}

  /** E.g. {@code [HIGH] NEW: Flood in Dhaka (12 articles, 5 outlets)}. */
  public static String subject(Alert alert) {
    String severity = alert.getSeverity() == null ? "" : "[" + alert.getSeverity() + "] ";
    String headline = alert.getHeadline() != null && !alert.getHeadline().isBlank() ? alert.getHeadline()
        : alert.getTitle();
    return oneLine(severity + alert.getKind() + ": " + headline + " (" + alert.getArticleCount() + " articles, "
        + alert.getSourceCount() + " outlets)");
  }

  /** The details, one fact per line. */
  public static List<String> details(Alert alert) {
    List<String> lines = new ArrayList<>();
    lines.add("Story: " + oneLine(alert.getTitle()));
    if (alert.getEventType() != null) {
      lines.add("Type: " + alert.getEventType());
    }
    if (!alert.getActors().isEmpty()) {
      lines.add("Actors: " + String.join(", ", alert.getActors()));
    }
    if (alert.getLocation() != null) {
      lines.add("Place: " + alert.getLocation());
    }
    if (alert.getDate() != null) {
      lines.add("Date: " + alert.getDate());
    }
    if (alert.getSpike() != null) {
      lines.add("Spike: " + alert.getSpike().getSubject() + ", " + alert.getSpike().getArticles() + " articles from "
          + alert.getSpike().getOutlets() + " outlets (usual: " + String.format(java.util.Locale.ROOT, "%.1f",
          alert.getSpike().getBaseline()) + ")");
    }
    if (!alert.getChanges().isEmpty()) {
      lines.add("Changes: " + String.join("; ", alert.getChanges()));
    }
    if (!alert.getWatches().isEmpty()) {
      lines.add("Watches: " + alert.getWatches().stream().map(AlertWatch::getName).collect(Collectors.joining(", ")));
    }
    for (AlertClaim claim : alert.getClaims().stream().limit(MAX_CLAIMS).toList()) {
      lines.add("Claim: " + claim.getSpeaker() + ": \"" + oneLine(claim.getContent()) + "\"");
    }
    for (AlertArticle article : alert.getTopArticles().stream().limit(MAX_ARTICLES).toList()) {
      String title = article.getTitle() == null ? "(untitled)" : oneLine(article.getTitle());
      lines.add("Article: " + title + " — " + article.getSource()
          + (article.getUrl() == null ? "" : " " + article.getUrl()));
    }
    return lines;
  }

  /** Line breaks in text from articles would break headers and Slack's layout. */
  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").trim();
  }
}
