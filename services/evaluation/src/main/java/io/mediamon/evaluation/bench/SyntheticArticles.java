package io.mediamon.evaluation.bench;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.FeatureEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Article features with the statistics of news, made up at run time: words and names drawn from Zipf distributions
 * (a few very common, most rare), so posting lists are as skewed as real ones. Story k's first article is always the
 * same (seeded by k); a follow-up repeats most of its words and names, as a second outlet's report of it does. Each
 * carries a meaning vector of the model's 384 dimensions, as the correlator gives every article: a follow-up's lies
 * close to its story's first (a cosine of about 0.8), an unrelated article's anywhere.
 */
final class SyntheticArticles {
  static final int VOCABULARY = 200_000;
  static final int NAMES = 2_000_000;
  static final int TERMS_PER_ARTICLE = 80;
  static final int NAMES_PER_ARTICLE = 8;
  static final int MEANING_DIMENSIONS = 384;

  private final Zipf words = new Zipf(VOCABULARY, 1.05);
  private final Zipf names = new Zipf(NAMES, 0.9);

  /** The first article of story {@code k}, reported at {@code at}. */
  ArticleFeatures story(long k, Instant at) {
    Random random = new Random(k * 7919L + 17);
    return article(storyArticleId(k), drawTerms(random, TERMS_PER_ARTICLE), drawNames(random, NAMES_PER_ARTICLE),
        meaning(random, null), at);
  }

  /** The id of story {@code k}'s first article, from which the story's id derives. */
  static String storyArticleId(long k) {
    return "s" + k;
  }

  /** Another outlet's report of story {@code k}: three quarters of its words and names, the rest its own. */
  ArticleFeatures followUp(long k, long n, Instant at) {
    ArticleFeatures first = story(k, at);
    Random random = new Random(k * 31L + n * 131L + 5);
    Map<String, Integer> terms = new TreeMap<>();
    first.getTerms().forEach((t, c) -> {
      if (random.nextDouble() < 0.75) {
        terms.put(t, c);
      }
    });
    terms.putAll(drawTerms(random, TERMS_PER_ARTICLE / 4));
    List<FeatureEntity> entities = new ArrayList<>();
    first.getEntities().forEach(e -> {
      if (random.nextDouble() < 0.75) {
        entities.add(e);
      }
    });
    return article("f" + k + "-" + n, terms, entities, meaning(random, first.getMeaning()), at);
  }

  /** An article about something no story covers yet. */
  ArticleFeatures fresh(long n, Instant at) {
    Random random = new Random(-n * 104729L - 3);
    return article("n" + n, drawTerms(random, TERMS_PER_ARTICLE), drawNames(random, NAMES_PER_ARTICLE),
        meaning(random, null), at);
  }

  private Map<String, Integer> drawTerms(Random random, int n) {
    Map<String, Integer> terms = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      terms.merge("w" + words.next(random), 1 + random.nextInt(3), Integer::sum);
    }
    return terms;
  }

  private List<FeatureEntity> drawNames(Random random, int n) {
    List<FeatureEntity> entities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String key = "name " + names.next(random);
      entities.add(FeatureEntity.newBuilder().setKey(key).setName(key).setType(i % 2 == 0 ? "PERSON" : "LOCATION")
          .setSalience(1.0 / (1 + i)).setVariants(List.of()).build());
    }
    return entities;
  }

  /** A random direction, or one near {@code near} (a cosine of about 0.8), at unit length. */
  private static List<Float> meaning(Random random, List<Float> near) {
    double[] v = new double[MEANING_DIMENSIONS];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = near == null ? random.nextGaussian() : near.get(i) + 0.75 * random.nextGaussian() / Math.sqrt(v.length);
      norm += v[i] * v[i];
    }
    List<Float> unit = new ArrayList<>(v.length);
    for (double x : v) {
      unit.add((float) (x / Math.sqrt(norm)));
    }
    return unit;
  }

  private static ArticleFeatures article(String id, Map<String, Integer> terms, List<FeatureEntity> entities,
      List<Float> meaning, Instant at) {
    return ArticleFeatures.newBuilder()
        .setArticleId(id)
        .setSource("bench")
        .setReportedAt(at)
        .setTerms(terms)
        .setEntities(entities)
        .setMentions(List.of())
        .setClaims(List.of())
        .setFollowedEventIds(List.of())
        .setMeaning(meaning)
        .build();
  }

  /** Ranks 1..n with probability proportional to 1/rank^s, by inverting a precomputed cumulative table. */
  private static final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double s) {
      cumulative = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += 1 / Math.pow(i + 1, s);
        cumulative[i] = sum;
      }
      for (int i = 0; i < n; i++) {
        cumulative[i] /= sum;
      }
    }

    int next(Random random) {
      int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
      return i >= 0 ? i : -i - 1;
    }
  }
}
