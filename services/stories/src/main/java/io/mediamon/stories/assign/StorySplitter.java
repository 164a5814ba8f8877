package io.mediamon.stories.assign;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a small story took in two happenings of one kind, told by its articles' scores against each other: the
 * articles are grouped by average link (the two groups whose articles score highest against each other on average
 * merge first) until two groups are left, and the story splits when each has at least {@link #MIN_PART} articles and
 * the two score under the split threshold against each other, or under the cohesion threshold and under a share of
 * the looser group's own average (its articles scored against each other).
 *
 * <p>Why: an article is decided once, against the story's centroid, when the story may still be one or two reports.
 * The first report of a second earthquake on the same island can join the first one's story, and its own follow-ups
 * then join too. Once the story holds a few reports of each, their scores against each other (every conflict and
 * agreement of {@link StoryScorer}, article against article) tell the two apart far better than the centroid did.
 * Measured on annotated news (README, Stories).
 *
 * <p>Why the cohesion: reports of one happening told in other words (a short wire brief, a long feature) can score as
 * low as 0.2 or 0.3 against each other, so an absolute threshold that splits two happenings of one kind at 0.3 would
 * also split many single happenings. But such a story is loose all through: any part of it scores about as low within
 * as against the rest. Two happenings of one kind are two tight groups (each of reports that score well against each
 * other) that resemble each other only loosely, and that contrast is what the share reads.
 */
final class StorySplitter {
  /** Articles each part needs: a single odd report stays where it is (its own follow-ups can split it off later). */
  static final int MIN_PART = 2;

  private final StoryScorer scorer;
  private final double threshold;
  private final double cohesionShare;
  private final double cohesionThreshold;

  /**
   * @param threshold average score between the two groups under which they split
   * @param cohesionShare share of the looser group's own average score under which the two groups split, if they also
   *     score under {@code cohesionThreshold} against each other; 0: never by cohesion
   */
  StorySplitter(StoryScorer scorer, double threshold, double cohesionShare, double cohesionThreshold) {
    this.scorer = scorer;
    this.threshold = threshold;
    this.cohesionShare = cohesionShare;
    this.cohesionThreshold = cohesionThreshold;
  }

  /**
   * The positions of the articles that leave the story, in order; empty when it holds together. The first article
   * never leaves: the story keeps its id, its first report and its alerts.
   *
   * @param members the story's articles in the order they joined, each as a one-article profile
   */
  List<Integer> leaving(List<StoryProfile> members) {
    int n = members.size();
    if (n < 2 * MIN_PART) {
      return List.of();
    }
    // sums[i][j]: the sum of the scores between the articles of groups i and j (both directions averaged);
    // within[i]: the sum of the scores between the articles of group i.
    double[][] sums = new double[n][n];
    double[] within = new double[n];
    List<ArticleVector> vectors = members.stream().map(StorySplitter::vectorOf).toList();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double score = pairScore(vectors.get(i), members.get(i), vectors.get(j), members.get(j));
        sums[i][j] = score;
        sums[j][i] = score;
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>(List.of(i)));
    }
    int[] slot = new int[n]; // the row of sums each group's sums are in
    for (int i = 0; i < n; i++) {
      slot[i] = i;
    }
    while (groups.size() > 2) {
      int bestA = -1;
      int bestB = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < groups.size(); a++) {
        for (int b = a + 1; b < groups.size(); b++) {
          double average = sums[slot[a]][slot[b]] / (groups.get(a).size() * (double) groups.get(b).size());
          if (average > best) {
            best = average;
            bestA = a;
            bestB = b;
          }
        }
      }
      int into = slot[bestA];
      int from = slot[bestB];
      within[into] += within[from] + sums[into][from];
      for (int c = 0; c < groups.size(); c++) {
        if (c == bestA || c == bestB) {
          continue;
        }
        sums[into][slot[c]] += sums[from][slot[c]];
        sums[slot[c]][into] = sums[into][slot[c]];
      }
      groups.get(bestA).addAll(groups.remove(bestB));
      System.arraycopy(slot, bestB + 1, slot, bestB, groups.size() - bestB);
    }
    int firstGroup = groups.get(0).contains(0) ? 0 : 1;
    List<Integer> first = groups.get(firstGroup);
    List<Integer> other = groups.get(1 - firstGroup);
    if (first.size() < MIN_PART || other.size() < MIN_PART) {
      return List.of();
    }
    double between = sums[slot[0]][slot[1]] / (first.size() * (double) other.size());
    double looser = Math.min(averageWithin(within[slot[firstGroup]], first.size()),
        averageWithin(within[slot[1 - firstGroup]], other.size()));
    boolean apart = between < threshold
        || (between < cohesionThreshold && between < cohesionShare * looser);
    return apart ? other.stream().sorted().toList() : List.of();
  }

  /** The average score of a group's articles against each other, given the sum over its pairs. */
  private static double averageWithin(double sum, int size) {
    return sum / (size * (size - 1) / 2.0);
  }

  /**
   * The average score of each article of one story against each of another's (both directions averaged): how the
   * two would score against each other as the two groups of one story.
   */
  double averageBetween(List<StoryProfile> these, List<StoryProfile> those) {
    List<ArticleVector> thoseVectors = those.stream().map(StorySplitter::vectorOf).toList();
    double sum = 0;
    for (StoryProfile a : these) {
      ArticleVector vector = vectorOf(a);
      for (int j = 0; j < those.size(); j++) {
        sum += pairScore(vector, a, thoseVectors.get(j), those.get(j));
      }
    }
    return sum / (these.size() * (double) those.size());
  }

  private double pairScore(ArticleVector a, StoryProfile aAlone, ArticleVector b, StoryProfile bAlone) {
    return (scorer.score(a, aAlone.mainYears(), bAlone) + scorer.score(b, bAlone.mainYears(), aAlone)) / 2;
  }

  /** An article, given as a story of its own, as the scorer compares articles (its lookup features are not needed). */
  private static ArticleVector vectorOf(StoryProfile article) {
    return new ArticleVector(article.terms(), article.entities(), article.years(), article.numbers(),
        article.mainPerson(), new long[0], new float[0], article.days(), article.weekdays(),
        article.headlineNumbers(), article.leadAmounts(), article.meaning());
  }
}
