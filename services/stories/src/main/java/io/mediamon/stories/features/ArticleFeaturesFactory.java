package io.mediamon.stories.features;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EventMention;
import io.mediamon.schema.FeatureClaim;
import io.mediamon.schema.FeatureEntity;
import io.mediamon.schema.FeatureMention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reduces an enriched article to what the story stages need: its words, its entities with their variants, the event
 * mentions that are news, the claims of named speakers. The story stages then carry a few kilobytes per article
 * instead of the whole text and annotations.
 */
public final class ArticleFeaturesFactory {
  /** Content words kept per article, most frequent first: enough for similarity, bounded for long texts. */
  static final int MAX_TERMS = 200;
  static final int MAX_ENTITIES = 40;
  static final int MAX_CLAIMS = 10;
  static final int MAX_YEARS = 20;
  static final int MAX_NUMBERS = 50;
  static final int MAX_DATES = 20;
  static final int MAX_CLAIM_CHARS = 300;
  /**
   * Characters of clean text that are the article's opening: the headline and a first paragraph or two (with room for
   * a photo caption or a dateline before it). A news report says there what it is about; an event mention deeper in
   * is often a sidebar's or a background paragraph's. Measured on ecbplus-dev: any bound from 300 to 1000 gives the
   * same alerts (docs/stories-tuning.md).
   */
  static final int LEAD_CHARS = 600;
  /** A publication date this far after the fetch is a wrong date: the fetch time is used instead. */
  private static final Duration MAX_PUBLISHED_AHEAD = Duration.ofDays(1);

  private final int historyDays;

  /**
   * @param historyDays an event mention dated more than this many days before its article is history retold, not
   *     what the article reports
   */
  public ArticleFeaturesFactory(int historyDays) {
    this.historyDays = historyDays;
  }

  /** The time an article reports at: its publication time, unless it has none or an impossible one. */
  public static Instant reportedAt(EnrichedArticle article) {
    Instant published = article.getPublishedAt();
    Instant fetched = article.getFetchedAt();
    if (published == null || published.isAfter(fetched.plus(MAX_PUBLISHED_AHEAD))) {
      return fetched;
    }
    return published;
  }

  public ArticleFeatures features(EnrichedArticle article, List<String> followedEventIds) {
    Instant reported = reportedAt(article);
    String opening = opening(article);
    return ArticleFeatures.newBuilder()
        .setArticleId(article.getId())
        .setUrl(article.getUrl())
        .setTitle(article.getTitle())
        .setSource(article.getSource())
        .setReportedAt(reported)
        .setPublishedAt(article.getPublishedAt())
        .setDuplicateOf(article.getDuplicateOf())
        .setTerms(terms(article))
        .setYears(Numbers.years(article.getTitle(), article.getCleanText(), MAX_YEARS))
        .setNumbers(Numbers.others(article.getTitle(), article.getCleanText(), MAX_NUMBERS))
        .setDates(Dates.of(article.getTitle(), article.getCleanText(), MAX_DATES))
        .setLeadAmount(Amounts.first(opening))
        .setHappening(HappeningKinds.of(opening))
        .setEntities(entities(article))
        .setMentions(mentions(article, reported))
        .setClaims(claims(article))
        .setFollowedEventIds(List.copyOf(followedEventIds))
        .build();
  }

  /** The headline (unless the text starts with it) and the first {@link #LEAD_CHARS} characters of the text. */
  private static String opening(EnrichedArticle article) {
    String text = article.getCleanText();
    String lead = text.substring(0, Math.min(LEAD_CHARS, text.length()));
    String title = article.getTitle();
    return title == null || text.startsWith(title) ? lead : title + "\n" + lead;
  }

  private static Map<String, Integer> terms(EnrichedArticle article) {
    Map<String, Integer> counts = new TreeMap<>();
    // The headline states what happened; it counts twice, as an extra sentence would not.
    String title = article.getTitle();
    String text = article.getCleanText();
    if (title != null && !text.startsWith(title)) {
      ContentWords.addTo(counts, title, 2);
    } else if (title != null) {
      ContentWords.addTo(counts, title, 1);
    }
    ContentWords.addTo(counts, text, 1);
    if (counts.size() <= MAX_TERMS) {
      return counts;
    }
    Map<String, Integer> top = new TreeMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_TERMS)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private static List<FeatureEntity> entities(EnrichedArticle article) {
    List<FeatureEntity> entities = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Set<String>> affiliations = Affiliations.of(article);
    article.getEntities().stream()
        .sorted((a, b) -> Double.compare(b.getSalience(), a.getSalience()))
        .limit(MAX_ENTITIES)
        .forEach((Entity e) -> {
          String key = NameVariants.key(e.getCanonical());
          if (key.isEmpty() || !seen.add(key)) {
            return;
          }
          String type = e.getType().name();
          entities.add(FeatureEntity.newBuilder()
              .setKey(key)
              .setName(e.getCanonical())
              .setType(type)
              .setSalience(e.getSalience())
              .setVariants(withAffiliations(NameVariants.of(e.getCanonical(), type, e.getCountry()),
                  affiliations.get(e.getCanonical())))
              .build());
        });
    return entities;
  }

  private static List<String> withAffiliations(List<String> variants, Set<String> affiliations) {
    if (affiliations == null) {
      return variants;
    }
    List<String> all = new ArrayList<>(variants);
    affiliations.stream().filter(a -> !all.contains(a)).forEach(all::add);
    return all;
  }

  private List<FeatureMention> mentions(EnrichedArticle article, Instant reported) {
    LocalDate reportedDay = reported.atZone(ZoneOffset.UTC).toLocalDate();
    List<FeatureMention> mentions = new ArrayList<>();
    for (EventMention m : article.getEventMentions()) {
      if (m.getDate() != null && m.getDate().isBefore(reportedDay.minusDays(historyDays))) {
        continue; // history retold: not what the article reports
      }
      Set<String> participants = new LinkedHashSet<>(m.getActors());
      participants.addAll(m.getTargets());
      mentions.add(FeatureMention.newBuilder()
          .setAction(m.getAction())
          .setParticipants(new ArrayList<>(participants))
          .setPlace(m.getPlace())
          .setDate(m.getDate())
          .setLead(m.getBegin() < LEAD_CHARS)
          .build());
    }
    return mentions;
  }

  private static List<FeatureClaim> claims(EnrichedArticle article) {
    List<FeatureClaim> claims = new ArrayList<>();
    for (Claim c : article.getClaims()) {
      if (c.getSpeaker() == null || claims.size() >= MAX_CLAIMS) {
        continue;
      }
      String content = c.getContent().replaceAll("\\s+", " ").strip();
      if (content.length() > MAX_CLAIM_CHARS) {
        content = content.substring(0, MAX_CLAIM_CHARS) + "…";
      }
      claims.add(FeatureClaim.newBuilder().setSpeaker(c.getSpeaker()).setContent(content).build());
    }
    return claims;
  }
}
