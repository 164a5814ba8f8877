package io.mediamon.spikes;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertArticle;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.AlertSpike;
import io.mediamon.schema.SpikeSubject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A SPIKE {@link Alert}: the subject as its title (and, for an entity, its one actor), the window's counts, outlets
 * and representative articles, the desk's sentence in {@code changes}, and the window, counts and baseline in
 * {@code spike}. Fields that describe a story's happening (type, place, claims) stay empty: a spike is about coverage.
 */
final class SpikeAlerts {
  private SpikeAlerts() {}

  /**
   * @param key the subject's key: 'entity:' and its name, or the story id
   * @param at record time of the article that made the alert (its emittedAt)
   */
  static Alert alert(String key, SpikeSubject kind, String subject, long windowStart, long windowEnd,
      WindowCount count, double baseline, String sentence, long at) {
    List<WindowCount.Sample> samples = count.samples();
    return Alert.newBuilder()
        .setEventId(key)
        .setKind(AlertKind.SPIKE)
        .setTitle(subject)
        .setEventType(null)
        .setActors(kind == SpikeSubject.ENTITY ? List.of(subject) : List.of())
        .setLocation(null)
        .setArticleIds(samples.stream().map(WindowCount.Sample::articleId).toList())
        .setSources(count.outlets())
        .setHeadline(samples.isEmpty() ? null : samples.get(0).title())
        .setOrigin(null)
        .setDate(LocalDate.ofInstant(Instant.ofEpochMilli(windowStart), ZoneOffset.UTC))
        .setArticleCount(count.articles())
        .setSourceCount(count.outletCount())
        .setTopArticles(samples.stream().map(s -> new AlertArticle(s.url(), s.title(), s.source())).toList())
        .setChanges(List.of(sentence))
        .setFirstSeen(Instant.ofEpochMilli(count.firstReported()))
        .setLastSeen(Instant.ofEpochMilli(count.lastReported()))
        .setSeverity(null)
        .setWatches(List.of())
        .setClaims(List.of())
        .setSpike(new AlertSpike(subject, kind, Instant.ofEpochMilli(windowStart), Instant.ofEpochMilli(windowEnd),
            count.articles(), count.outletCount(), baseline))
        .setEmittedAt(Instant.ofEpochMilli(at))
        .build();
  }
}
