package io.mediamon.stories.assign;

import io.mediamon.config.Setting;
import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.FeatureEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.mediamon.stories.features.ContentWords;
import io.mediamon.stories.features.HeadlineNumbers;
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
  static final int ARTICLE_TERMS = 50;
  /** Strongest words and entity name words an article is found by and looks up with. */
  static final int LOOKUP_TERMS = 15;
  static final int LOOKUP_ENTITIES = 5;
  /** Candidates (most hits first) that are scored. */
  static final int MAX_CANDIDATES = 20;
  /** Weight of a name variant (surname, name without middle initial) beside the name itself. */
  static final float VARIANT_WEIGHT = 0.7f;
  /**
   * Persons an article is about: the most salient, and up to two more of at least this share of its salience. One
   * person alone is often the wrong one (a pundit, a victim named first); a few keep the person conflict from firing
   * on a story that names the article's second person.
   */
  static final int MAIN_PERSONS = 3;
  static final double MAIN_PERSON_SHARE = 0.3;
  /** Share of the articles from which a person is in the news everywhere, and the least number of articles for it. */
  static final double COMMON_PERSON_SHARE = 0.05;
  static final int COMMON_PERSON_MIN_ARTICLES = 5;
  private static final long DAY_MS = Duration.ofDays(1).toMillis();
  private static final String STREAM_DAY = "\u0000stream-day";

  /**
   * @param threshold score from which an article joins a story
   * @param dormantAfter time without reports after which a story is never joined again
   * @param articleMemory how long an article's story is remembered for its copies and redeliveries
   * @param relatedThreshold score from which a story's first article is related to the open story it did not join
   */
  public record Settings(double threshold, Duration dormantAfter, Duration articleMemory,
      StoryScorer.Weights weights, double relatedThreshold) {

    public Settings(double threshold, Duration dormantAfter, Duration articleMemory, StoryScorer.Weights weights) {
      this(threshold, dormantAfter, articleMemory, weights, 1.0);
    }

    /** The settings of the configuration (stories.*, and the duplicate retention for the article memory). */
    public static Settings from(io.mediamon.config.MediamonConfig config) {
      return new Settings(config.getDouble(Setting.STORIES_THRESHOLD),
          Duration.ofHours(config.getInt(Setting.STORIES_DORMANT_AFTER_HOURS)),
          Duration.ofDays(config.getInt(Setting.EXTRACTOR_DUPLICATE_RETENTION_DAYS)),
          new StoryScorer.Weights(config.getDouble(Setting.STORIES_ENTITY_WEIGHT),
              config.getDouble(Setting.STORIES_YEAR_CONFLICT), config.getDouble(Setting.STORIES_NUMBER_AGREEMENT),
              config.getDouble(Setting.STORIES_PERSON_CONFLICT), config.getDouble(Setting.STORIES_DAY_AGREEMENT),
              config.getDouble(Setting.STORIES_WEEKDAY_CONFLICT),
              config.getDouble(Setting.STORIES_HEADLINE_NUMBER_CONFLICT)),
          config.getDouble(Setting.STORIES_RELATED_THRESHOLD));
    }
  }

  private final KeyValueStore<String, StoryProfile> profiles;
  private final KeyValueStore<Bytes, byte[]> expiry;
  private final KeyValueStore<String, Long> terms;
  private final KeyValueStore<String, String> articles;
  private final StoryIndex index;
  private final TermStatistics statistics;
  private final StoryScorer scorer;
  private final Settings settings;
  private final int windowDays;
  private final int articleDays;
  /** The latest article day seen (also in the terms store, for restarts). */
  private int streamDay;

  StoryAssigner(KeyValueStore<String, StoryProfile> profiles, KeyValueStore<Bytes, byte[]> postings,
      KeyValueStore<Bytes, byte[]> expiry, KeyValueStore<String, Long> terms, KeyValueStore<String, String> articles,
      Settings settings) {
    this.profiles = profiles;
    this.expiry = expiry;
    this.terms = terms;
    this.articles = articles;
    this.index = new StoryIndex(postings, expiry);
    this.statistics = new TermStatistics(terms);
    this.settings = settings;
    this.scorer = new StoryScorer(settings.weights());
    this.windowDays = (int) ceilDays(settings.dormantAfter().toMillis());
    this.articleDays = (int) Math.max(windowDays, ceilDays(settings.articleMemory().toMillis()));
  }

  /**
   * The story the article joins, or null when this article id was assigned before (a redelivery or re-ingest: it
   * is already counted in its story).
   */
  public Assignment assign(ArticleFeatures article) {
    return assign(article, true);
  }

  /**
   * Starts a story for the article without looking for one it could join: loading many stories at once (the
   * stories bench preloads a million) without paying for a million searches.
   */
  public Assignment startStory(ArticleFeatures article) {
    return assign(article, false);
  }

  private Assignment assign(ArticleFeatures article, boolean search) {
    if (articles.get(article.getArticleId()) != null) {
      return null;
    }
    long at = article.getReportedAt().toEpochMilli();
    int day = dayOf(at);
    advanceStreamDay(day);
    ArticleVector vector = vectorOf(article);
    // The first year an article names is mostly the year of what it reports; later ones are history retold.
    long[] mainYear = article.getYears().isEmpty() ? new long[0]
        : new long[] {StoryIndex.hash("y:" + article.getYears().get(0))};

    Assignment assignment = copyOf(article, at);
    StoryProfile joined = null;
    if (assignment != null) {
      joined = profiles.get(assignment.storyId());
    } else {
      Candidates found = search ? closestOpenStories(vector, mainYear, at, day) : Candidates.NONE;
      if (found.best() != null && found.bestScore() >= settings.threshold()) {
        joined = found.best();
        assignment = new Assignment(joined.storyId(), false, Assignment.SIMILAR, found.bestScore());
      } else {
        assignment = new Assignment(storyIdFor(article.getArticleId()), true, Assignment.NEW, null,
            relatedStory(found));
      }
    }
    StoryProfile updated = joined == null
        ? new StoryProfile(assignment.storyId(), at, at, 1, vector.terms(), vector.entities(), vector.years(),
            vector.numbers(), vector.mainPerson(), mainYear, vector.days(), vector.weekdays(),
            vector.headlineNumbers())
        : new StoryProfile(joined.storyId(), Math.min(joined.firstSeen(), at), Math.max(joined.lastSeen(), at),
            joined.articles() + 1,
            joined.terms().plus(vector.terms(), StoryProfile.MAX_TERMS),
            joined.entities().plus(vector.entities(), StoryProfile.MAX_ENTITIES),
            union(joined.years(), vector.years(), StoryProfile.MAX_YEARS),
            union(joined.numbers(), vector.numbers(), StoryProfile.MAX_NUMBERS),
            joined.mainPerson(), union(joined.mainYears(), mainYear, StoryProfile.MAX_MAIN_YEARS),
            union(joined.days(), vector.days(), StoryProfile.MAX_DAYS),
            union(joined.weekdays(), vector.weekdays(), StoryProfile.MAX_WEEKDAYS),
            joined.headlineNumbers());
    profiles.put(updated.storyId(), updated);
    index.post(updated.storyId(), vector.lookup(), day);
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

  /**
   * The open story an article that starts a story of its own is related to, so that the desk is not told twice of
   * one story: the best-scoring one if its score reaches the related threshold (a report of that story too far from
   * its centroid, or a second happening of the same kind); else the one it most resembles in words and names if
   * that resemblance alone reaches the join threshold, so that only a conflict (another year, other persons, other
   * numbers) kept it out: mostly a report of that same story whose details differ, sometimes another happening of
   * the kind. Null when neither, and always when the related threshold is off (1, or above the join threshold).
   */
  private String relatedStory(Candidates found) {
    if (found.best() != null && found.bestScore() >= settings.relatedThreshold()) {
      return found.best().storyId();
    }
    boolean relating = settings.relatedThreshold() < 1 && settings.relatedThreshold() <= settings.threshold();
    if (relating && found.resembling() != null && found.resemblance() >= settings.threshold()) {
      return found.resembling().storyId();
    }
    return null;
  }

  /** The open story scoring highest, and the one most alike in words and names (often the same). */
  private record Candidates(StoryProfile best, double bestScore, StoryProfile resembling, double resemblance) {
    static final Candidates NONE = new Candidates(null, -1, null, -1);
  }

  private Candidates closestOpenStories(ArticleVector vector, long[] mainYear, long at, int day) {
    // Stories after the stream day do not exist yet: no need to read days no article has reached.
    Map<String, Double> hits = index.candidates(vector.lookup(), vector.lookupWeights(), day - windowDays, Math.min(day + windowDays,
        Math.max(day, streamDay)));
    List<String> candidates = hits.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_CANDIDATES)
        .map(Map.Entry::getKey)
        .toList();
    StoryProfile best = null;
    double bestScore = -1;
    StoryProfile resembling = null;
    double resemblance = -1;
    for (String id : candidates) {
      StoryProfile story = profiles.get(id);
      if (story == null || !isOpen(story, at)) {
        continue;
      }
      double alike = scorer.resemblance(vector, story);
      double score = scorer.score(vector, mainYear, story, alike);
      if (score > bestScore || (score == bestScore && id.compareTo(best.storyId()) < 0)) {
        best = story;
        bestScore = score;
      }
      if (alike > resemblance || (alike == resemblance && id.compareTo(resembling.storyId()) < 0)) {
        resembling = story;
        resemblance = alike;
      }
    }
    return new Candidates(best, bestScore, resembling, resemblance);
  }

  private boolean isOpen(StoryProfile story, long at) {
    long dormant = settings.dormantAfter().toMillis();
    return at - story.lastSeen() <= dormant && story.firstSeen() - at <= dormant;
  }

  /** The article's vectors with the current document frequencies, which then count it too. */
  private ArticleVector vectorOf(ArticleFeatures article) {
    Map<String, Double> entityTokens = new TreeMap<>();
    for (FeatureEntity e : article.getEntities()) {
      nameWords(e.getKey()).forEach(w -> entityTokens.merge(w, e.getSalience(), Math::max));
      for (String variant : e.getVariants()) {
        nameWords(variant).forEach(w -> entityTokens.merge(w, e.getSalience() * VARIANT_WEIGHT, Math::max));
      }
    }
    List<String> features = new ArrayList<>();
    article.getTerms().keySet().forEach(t -> features.add("t:" + t));
    entityTokens.keySet().forEach(t -> features.add("e:" + t));
    statistics.addDocument(features);
    long documents = statistics.documents();
    long[] mainPerson = mainPersons(article, documents);

    Map<String, Double> termWeights = new HashMap<>();
    article.getTerms().forEach((term, count) -> termWeights.put("t:" + term,
        (1 + Math.log(count)) * TermStatistics.idf(documents, statistics.frequency("t:" + term))));
    List<Map.Entry<String, Double>> topTerms = strongest(termWeights, ARTICLE_TERMS);
    Map<String, Double> entityWeights = new HashMap<>();
    entityTokens.forEach((token, salience) -> entityWeights.put("e:" + token,
        salience * TermStatistics.idf(documents, statistics.frequency("e:" + token))));
    List<Map.Entry<String, Double>> topEntities = strongest(entityWeights, StoryProfile.MAX_ENTITIES);

    List<Map.Entry<String, Double>> lookup = new ArrayList<>(topTerms.subList(0,
        Math.min(LOOKUP_TERMS, topTerms.size())));
    lookup.addAll(topEntities.subList(0, Math.min(LOOKUP_ENTITIES, topEntities.size())));
    long[] lookupKeys = new long[lookup.size()];
    float[] lookupWeights = new float[lookup.size()];
    for (int i = 0; i < lookup.size(); i++) {
      lookupKeys[i] = StoryIndex.hash(lookup.get(i).getKey());
      // A feature no earlier article had finds no story: its list is not read (most of a fresh article's names).
      lookupWeights[i] = statistics.frequency(lookup.get(i).getKey()) > 1 ? lookup.get(i).getValue().floatValue() : 0f;
    }
    return new ArticleVector(hashed(topTerms).unit(), hashed(topEntities).unit(),
        sortedHashes(article.getYears().stream().map(y -> "y:" + y).toList()),
        sortedHashes(article.getNumbers().stream().map(n -> "n:" + n).toList()),
        mainPerson, lookupKeys, lookupWeights, datesOf(article, "d:"), datesOf(article, "w:"),
        sortedHashes(HeadlineNumbers.of(article.getTitle()).stream().map(n -> "n:" + n).toList()));
  }

  /**
   * The words of the names of the persons the article is about: the most salient person, and up to two more of at
   * least {@link #MAIN_PERSON_SHARE} of its salience, leaving out persons in the news everywhere (each of whose name
   * words is in at least {@link #COMMON_PERSON_SHARE} of the articles seen): a president named in a nomination
   * story is not what tells it from another nomination.
   */
  private long[] mainPersons(ArticleFeatures article, long documents) {
    List<String> personWords = new ArrayList<>();
    double topPerson = -1;
    int personCount = 0;
    // Entities come most salient first.
    for (FeatureEntity e : article.getEntities()) {
      if (!e.getType().equals("PERSON") || personCount >= MAIN_PERSONS) {
        continue;
      }
      List<String> words = nameWords(e.getKey());
      if (words.isEmpty() || isCommon(words, documents)) {
        continue;
      }
      if (topPerson < 0 || e.getSalience() >= MAIN_PERSON_SHARE * topPerson) {
        topPerson = Math.max(topPerson, e.getSalience());
        personCount++;
        words.forEach(w -> personWords.add("e:" + w));
      }
    }
    return sortedHashes(personWords);
  }

  private boolean isCommon(List<String> nameWords, long documents) {
    double common = Math.max(COMMON_PERSON_MIN_ARTICLES, COMMON_PERSON_SHARE * documents);
    return nameWords.stream().allMatch(w -> statistics.frequency("e:" + w) >= common);
  }

  /** The article's dates of one kind (months "m:", days of a month "d:", weekdays "w:"), hashed. */
  private static long[] datesOf(ArticleFeatures article, String kind) {
    return sortedHashes(article.getDates().stream().filter(d -> d.startsWith(kind)).toList());
  }

  /** The words of a name that can be compared: three letters or more, no stop words. */
  private static List<String> nameWords(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !ContentWords.isStopWord(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** The {@code limit} largest weights, largest first, ties in key order so that runs are repeatable. */
  private static List<Map.Entry<String, Double>> strongest(Map<String, Double> weights, int limit) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .toList();
  }

  private static SparseVector hashed(List<Map.Entry<String, Double>> weights) {
    Map<Long, Double> byHash = new HashMap<>();
    weights.forEach(e -> byHash.merge(StoryIndex.hash(e.getKey()), e.getValue(), Double::sum));
    return SparseVector.of(byHash);
  }

  private static long[] sortedHashes(List<String> features) {
    return features.stream().mapToLong(StoryIndex::hash).distinct().sorted().toArray();
  }

  /** The union of two sorted sets, at most {@code limit} (the first ones kept). */
  private static long[] union(long[] a, long[] b, int limit) {
    return java.util.stream.LongStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
        .distinct().sorted().limit(limit).toArray();
  }

  /** Moves stream time (the latest article day seen) forward and forgets what no later article can reach. */
  private void advanceStreamDay(int day) {
    Long current = terms.get(STREAM_DAY);
    if (current != null && day <= current) {
      streamDay = current.intValue();
      return;
    }
    terms.put(STREAM_DAY, (long) day);
    streamDay = day;
    if (current == null) {
      return;
    }
    // An article may be up to windowDays older than the stream day and still join, and a story open that long.
    int storyHorizon = day - 2 * windowDays - 1;
    int articleHorizon = day - articleDays - 1;
    List<Bytes> expired = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = expiry.range(IndexKeys.dayStart(0),
        IndexKeys.dayStart(Math.max(storyHorizon, articleHorizon)))) {
      while (it.hasNext()) {
        KeyValue<Bytes, byte[]> kv = it.next();
        int entryDay = IndexKeys.dayOfExpiry(kv.key);
        byte kind = IndexKeys.kindOfExpiry(kv.key);
        if (kind == IndexKeys.POSTING && entryDay < storyHorizon) {
          index.forget(IndexKeys.postingOfExpiry(kv.key));
          expired.add(kv.key);
        } else if (kind == IndexKeys.STORY && entryDay < storyHorizon) {
          String id = IndexKeys.idOfExpiry(kv.key);
          StoryProfile story = profiles.get(id);
          if (story != null && dayOf(story.lastSeen()) < storyHorizon) {
            profiles.delete(id);
          }
          expired.add(kv.key);
        } else if (kind == IndexKeys.ARTICLE && entryDay < articleHorizon) {
          articles.delete(IndexKeys.idOfExpiry(kv.key));
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
