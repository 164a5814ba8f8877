package io.mediamon.correlator;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.EventMention;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What counts as news. Articles retell history ("two months ago, an assassination attempt ..."): such a mention
 * may still attach to an event being followed, but starting a new event from it would alert a desk about the past.
 */
final class NewsWindow {
  private final int maxAgeDays;

  NewsWindow(int maxAgeDays) {
    this.maxAgeDays = maxAgeDays;
  }

  /** True when the mention's resolved date lies more than the window before its article; undated mentions are news. */
  boolean isBackground(EventMention mention, EnrichedArticle article) {
    LocalDate date = mention.getDate();
    if (date == null) {
      return false;
    }
    LocalDate reported = (article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt())
        .atZone(ZoneOffset.UTC).toLocalDate();
    return date.isBefore(reported.minusDays(maxAgeDays));
  }
}
