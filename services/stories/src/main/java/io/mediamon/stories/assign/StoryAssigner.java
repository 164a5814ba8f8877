package io.mediamon.stories.assign;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.FeatureEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides, for each article in arrival order, the one story it joins: the copy of an article joins that article's
 * story; otherwise the open story scoring highest against it (candidates from the {@link StoryIndex}, never a scan),
 * if it reaches the threshold; otherwise the article starts a story of its own. Then the story's profile and postings
 * take the article in.
 *
 * <p>One instance works on one task's stores, and the stage runs as a single task: every story is decided and
 * changed by one writer, in one order, so the same articles in the same order give the same stories. Story ids
 * derive from the first article's id, so a replay gives the same ids too.
 *
 * <p>Time is the articles' own (publication time, else fetch time): a story is open while its latest report is less
 * than {@code dormantAfter} from the article in either direction, so a backfill of old news clusters as the news
 * did. Profiles, postings and the article map of days that no article can reach any more are forgotten.
 */
public final class StoryAssigner {
  /** Words of an article in its vector. */
  static final int ARTICLE_TERMS = 100;
  /** Strongest words and entities an article is found by and looks up with. */
  static final int LOOKUP_TERMS = 10;
  static final int LOOKUP_ENTITIES = 6;
  /** Candidates (most hits first) that are scored. */
  static final int MAX_CANDIDATES = 30;
  /** Weight of a name variant (surname, name without middle initial) beside the name itself. */
  static final float VARIANT_WEIGHT = 0.7f;
  private static final long DAY_MS = Duration.ofDays(1).toMillis();
  private static final String STREAM_DAY = "\u0000stream-day";

  /**
   * @param threshold score from which an article joins a story
   * @param dormantAfter time without reports after which a story is never joined again
   * @param articleMemory how long an article's story is remembered for its copies and redeliveries
   */
  public record Settings(double threshold, Duration dormantAfter, Duration articleMemory) {}

  private final KeyValueStore<String, StoryProfile> profiles;
  private final KeyValueStore<Bytes, byte[]> expiry;
  private final KeyValueStore<String, Long> terms;
  private final KeyValueStore<String, String> articles;
  private final StoryIndex index;
  private final TermStatistics statistics;
  private final StoryScorer scorer = new StoryScorer();
  private final Settings settings;
  private final int windowDays;
  private final int articleDays;

  StoryAssigner(KeyValueStore<String, StoryProfile> profiles, KeyValueStore<Bytes, byte[]> postings,
      KeyValueStore<Bytes, byte[]> expiry, KeyValueStore<String, Long> terms, KeyValueStore<String, String> articles,
      Settings settings) {
    this.profiles = profiles;
    this.expiry = expiry;
    this.terms = terms;
    this.articles = articles;
    this.index = new StoryIndex(postings);
    this.statistics = new TermStatistics(terms);
    this.settings = settings;
    this.windowDays = (int) ceilDays(settings.dormantAfter().toMillis());
    this.articleDays = (int) Math.max(windowDays, ceilDays(settings.articleMemory().toMillis()));
  }

  /**
   * The story the article joins, or null when this article id was assigned before (a redelivery or re-ingest: it
   * is already counted in its story).
   */
  public Assignment assign(ArticleFeatures article) {
    if (articles.get(article.getArticleId()) != null) {
      return null;
    }
    long at = article.getReportedAt().toEpochMilli();
    int day = dayOf(at);
    advanceStreamDay(day);
    ArticleVector vector = vectorOf(article);

    Assignment assignment = copyOf(article, at);
    StoryProfile joined = null;
    if (assignment != null) {
      joined = profiles.get(assignment.storyId());
    } else {
      Map.Entry<StoryProfile, Double> best = bestOpenStory(vector, at, day);
      if (best != null && best.getValue() >= settings.threshold()) {
        joined = best.getKey();
        assignment = new Assignment(joined.storyId(), false, Assignment.SIMILAR, best.getValue());
      } else {
        assignment = new Assignment(storyIdFor(article.getArticleId()), true, Assignment.NEW, null);
      }
    }
    StoryProfile updated = joined == null
        ? new StoryProfile(assignment.storyId(), at, at, 1, vector.terms(), vector.entities())
        : new StoryProfile(joined.storyId(), Math.min(joined.firstSeen(), at), Math.max(joined.lastSeen(), at),
            joined.articles() + 1,
            ArticleVector.add(joined.terms(), vector.terms(), StoryProfile.MAX_TERMS),
            ArticleVector.add(joined.entities(), vector.entities(), StoryProfile.MAX_ENTITIES));
    profiles.put(updated.storyId(), updated);
    index.post(updated.storyId(), vector.lookupFeatures(), day);
    expiry.put(IndexKeys.expiry(dayOf(updated.lastSeen()), IndexKeys.STORY, updated.storyId()), new byte[0]);
    articles.put(article.getArticleId(), updated.storyId());
    expiry.put(IndexKeys.expiry(day, IndexKeys.ARTICLE, article.getArticleId()), new byte[0]);
    return assignment;
  }

  /** A copy joins its original's story without a decision of its own, while that story is open. */
  private Assignment copyOf(ArticleFeatures article, long at) {
    if (article.getDuplicateOf() == null) {
      return null;
    }
    String storyId = articles.get(article.getDuplicateOf());
    StoryProfile story = storyId == null ? null : profiles.get(storyId);
    if (story == null || !isOpen(story, at)) {
      return null;
    }
    return new Assignment(storyId, false, Assignment.DUPLICATE, null);
  }

  private Map.Entry<StoryProfile, Double> bestOpenStory(ArticleVector vector, long at, int day) {
    Map<String, Float> lookup = new LinkedHashMap<>();
    for (String feature : vector.lookupFeatures()) {
      Float w = vector.terms().get(feature);
      lookup.put(feature, w != null ? w : vector.entities().getOrDefault(feature, 0f));
    }
    Map<String, Double> hits = index.candidates(lookup, day - windowDays, day + windowDays);
    List<String> candidates = hits.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_CANDIDATES)
        .map(Map.Entry::getKey)
        .toList();
    StoryProfile best = null;
    double bestScore = -1;
    for (String id : candidates) {
      StoryProfile story = profiles.get(id);
      if (story == null || !isOpen(story, at)) {
        continue;
      }
      double score = scorer.score(vector, story);
      if (score > bestScore || (score == bestScore && id.compareTo(best.storyId()) < 0)) {
        best = story;
        bestScore = score;
      }
    }
    return best == null ? null : Map.entry(best, bestScore);
  }

  private boolean isOpen(StoryProfile story, long at) {
    long dormant = settings.dormantAfter().toMillis();
    return at - story.lastSeen() <= dormant && story.firstSeen() - at <= dormant;
  }

  /** The article's word and entity vectors with the current document frequencies, which then count it too. */
  private ArticleVector vectorOf(ArticleFeatures article) {
    Set<String> features = new LinkedHashSet<>();
    article.getTerms().keySet().forEach(t -> features.add("t:" + t));
    Map<String, Float> entityWeights = new LinkedHashMap<>();
    for (FeatureEntity e : article.getEntities()) {
      entityWeights.merge("e:" + e.getKey(), (float) e.getSalience(), Math::max);
      for (String v : e.getVariants()) {
        entityWeights.merge("e:" + v, (float) e.getSalience() * VARIANT_WEIGHT, Math::max);
      }
    }
    features.addAll(entityWeights.keySet());
    statistics.addDocument(features);
    long documents = statistics.documents();

    Map<String, Double> termWeights = new LinkedHashMap<>();
    article.getTerms().forEach((term, count) -> termWeights.put("t:" + term,
        (1 + Math.log(count)) * TermStatistics.idf(documents, statistics.frequency("t:" + term))));
    Map<String, Float> termVector = ArticleVector.unit(ArticleVector.strongest(termWeights, ARTICLE_TERMS));
    Map<String, Double> entityIdf = new LinkedHashMap<>();
    entityWeights.forEach((key, salience) ->
        entityIdf.put(key, salience * TermStatistics.idf(documents, statistics.frequency(key))));
    Map<String, Float> entityVector = ArticleVector.unit(ArticleVector.strongest(entityIdf, StoryProfile.MAX_ENTITIES));

    List<String> lookup = new ArrayList<>();
    termVector.keySet().stream().limit(LOOKUP_TERMS).forEach(lookup::add);
    entityVector.keySet().stream().limit(LOOKUP_ENTITIES).forEach(lookup::add);
    return new ArticleVector(termVector, entityVector, lookup);
  }

  /** Moves stream time (the latest article day seen) forward and forgets what no later article can reach. */
  private void advanceStreamDay(int day) {
    Long current = terms.get(STREAM_DAY);
    if (current != null && day <= current) {
      return;
    }
    terms.put(STREAM_DAY, (long) day);
    if (current == null) {
      return;
    }
    // An article may be up to windowDays older than the stream day and still join, and a story open that long.
    int storyHorizon = day - 2 * windowDays - 1;
    int articleHorizon = day - articleDays - 1;
    index.forgetBefore(storyHorizon);
    List<Bytes> expired = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = expiry.range(IndexKeys.dayStart(0),
        IndexKeys.dayStart(Math.max(storyHorizon, articleHorizon)))) {
      while (it.hasNext()) {
        KeyValue<Bytes, byte[]> kv = it.next();
        int entryDay = IndexKeys.dayOf(kv.key);
        String id = IndexKeys.idOfExpiry(kv.key);
        if (IndexKeys.kindOfExpiry(kv.key) == IndexKeys.STORY && entryDay < storyHorizon) {
          StoryProfile story = profiles.get(id);
          if (story != null && dayOf(story.lastSeen()) < storyHorizon) {
            profiles.delete(id);
          }
          expired.add(kv.key);
        } else if (IndexKeys.kindOfExpiry(kv.key) == IndexKeys.ARTICLE && entryDay < articleHorizon) {
          articles.delete(id);
          expired.add(kv.key);
        }
      }
    }
    expired.forEach(expiry::delete);
  }

  private static long ceilDays(long millis) {
    return -Math.floorDiv(-millis, DAY_MS);
  }

  static int dayOf(long epochMillis) {
    return (int) Math.max(0, Math.floorDiv(epochMillis, DAY_MS));
  }

  /** A story's id derives from its first article's id: a replay names it the same. */
  static String storyIdFor(String firstArticleId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
      return "sty-" + HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
