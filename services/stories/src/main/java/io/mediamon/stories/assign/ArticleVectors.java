package io.mediamon.stories.assign;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.FeatureEntity;
import io.mediamon.stories.features.ContentWords;
import io.mediamon.stories.features.HeadlineNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * How an article becomes what the {@link StoryAssigner} compares ({@link ArticleVector}): TF-IDF vectors of its words
 * and of its entities' name words, weighed with the document frequencies of the articles seen so far (read against at
 * least the prior number of articles), which then count it too; its years, numbers, dates and main persons; and the
 * features it is looked up and posted by.
 */
final class ArticleVectors {
  /** Words of an article in its vector. */
  static final int ARTICLE_TERMS = 50;
  /** Strongest words and entity name words an article is found by and looks up with. */
  static final int LOOKUP_TERMS = 15;
  static final int LOOKUP_ENTITIES = 5;
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
  private final TermStatistics statistics;
  private final long priorArticles;

  /**
   * @param priorArticles articles the frequencies are read against while fewer have been seen. Learnt from a handful
   *     of articles, they would call a story's own words and names common (in a third of the articles seen, when
   *     the stage has seen thirty and ten of them are that story's reports), so that its next reports, which share
   *     them, would score low; a stream of hundreds of outlets soon holds far more articles about other things.
   */
  ArticleVectors(TermStatistics statistics, long priorArticles) {
    this.statistics = statistics;
    this.priorArticles = priorArticles;
  }

  /** The article's vectors with the current document frequencies, which then count it too. */
  ArticleVector of(ArticleFeatures article) {
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
    long documents = Math.max(statistics.documents(), priorArticles);
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
        sortedHashes(HeadlineNumbers.of(article.getTitle()).stream().map(n -> "n:" + n).toList()),
        article.getLeadAmount() == null ? new long[0] : new long[] {Math.round(article.getLeadAmount())},
        meaningOf(article));
  }

  /**
   * The words of the names of the persons the article is about: the most salient person, and up to two more of at
   * least {@link #MAIN_PERSON_SHARE} of its salience, leaving out persons in the news everywhere (each of whose name
   * words is in at least {@link #COMMON_PERSON_SHARE} of the articles seen, or of the prior number): a president
   * named in a nomination story is not what tells it from another nomination.
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

  /** The features an article of one-article profile {@code alone} is found by: its strongest words and names. */
  static long[] lookupOf(StoryProfile alone) {
    return LongStream.concat(
        Arrays.stream(strongestKeys(alone.terms(), LOOKUP_TERMS)),
        Arrays.stream(strongestKeys(alone.entities(), LOOKUP_ENTITIES))).toArray();
  }

  private static long[] strongestKeys(SparseVector vector, int limit) {
    return IntStream.range(0, vector.keys().length).boxed()
        .sorted((a, b) -> vector.values()[a] != vector.values()[b]
            ? Float.compare(vector.values()[b], vector.values()[a])
            : Long.compare(vector.keys()[a], vector.keys()[b]))
        .limit(limit)
        .mapToLong(i -> vector.keys()[i])
        .toArray();
  }

  /** The article's meaning vector as floats (empty when the correlator's features step gave none). */
  private static float[] meaningOf(ArticleFeatures article) {
    List<Float> meaning = article.getMeaning();
    if (meaning == null) {
      return new float[0];
    }
    float[] vector = new float[meaning.size()];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = meaning.get(i);
    }
    return vector;
  }
}
