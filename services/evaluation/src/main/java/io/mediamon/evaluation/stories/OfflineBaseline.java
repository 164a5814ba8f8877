package io.mediamon.evaluation.stories;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.stories.features.ContentWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference an online story clusterer is held against: a plain offline TF-IDF cosine clustering by average link,
 * which sees every article at once, with hindsight (document frequencies over all of them, the most alike pair merged
 * first) and its threshold chosen afterwards on the very articles it is scored on. What is left between it and the
 * online stories is what the story stage's other signals win, minus what arrival order costs.
 */
final class OfflineBaseline {
  /** One clustering of the thresholds tried, and how it scores. */
  record Cut(double threshold, ClusterScores scores) {}

  private OfflineBaseline() {}

  /**
   * @param thresholds cosine thresholds to cut the merge tree at (an average link of at least this is merged)
   * @return one cut per threshold, in the given order
   */
  static List<Cut> cuts(List<EnrichedArticle> articles, Map<String, String> gold, double... thresholds) {
    int n = articles.size();
    double[][] similarity = cosines(vectors(articles));
    List<double[]> merges = averageLinkMerges(similarity, Arrays.stream(thresholds).min().orElse(1));
    List<Cut> cuts = new ArrayList<>();
    for (double threshold : thresholds) {
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      // Average link never merges above an earlier merge's height: the merges at or above a threshold come first.
      for (double[] merge : merges) {
        if (merge[2] < threshold) {
          break;
        }
        parent[root(parent, (int) merge[1])] = root(parent, (int) merge[0]);
      }
      Map<String, String> clusters = new HashMap<>();
      for (int i = 0; i < n; i++) {
        clusters.put(articles.get(i).getId(), "offline-" + root(parent, i));
      }
      cuts.add(new Cut(threshold, ClusterScores.of(clusters, gold)));
    }
    return cuts;
  }

  /** Unit TF-IDF vectors (log-scaled counts) of each article's content words, title and text. */
  private static List<Map<String, Double>> vectors(List<EnrichedArticle> articles) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (EnrichedArticle article : articles) {
      Map<String, Integer> words = new HashMap<>();
      ContentWords.addTo(words, article.getTitle(), 1);
      ContentWords.addTo(words, article.getCleanText(), 1);
      counts.add(words);
      words.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
    }
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (Map<String, Integer> words : counts) {
      Map<String, Double> vector = new HashMap<>();
      words.forEach((w, c) -> vector.put(w,
          (1 + Math.log(c)) * Math.log((double) articles.size() / documentFrequency.get(w))));
      double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
      vector.replaceAll((w, v) -> norm == 0 ? 0 : v / norm);
      vectors.add(vector);
    }
    return vectors;
  }

  private static double[][] cosines(List<Map<String, Double>> vectors) {
    int n = vectors.size();
    double[][] similarity = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Map<String, Double> small = vectors.get(i).size() <= vectors.get(j).size() ? vectors.get(i) : vectors.get(j);
        Map<String, Double> large = small == vectors.get(i) ? vectors.get(j) : vectors.get(i);
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
          dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        similarity[i][j] = dot;
        similarity[j][i] = dot;
      }
    }
    return similarity;
  }

  /**
   * Merges the pair of clusters with the highest average pairwise similarity, again and again, until none reaches
   * {@code floor}. Each merge is {kept cluster, merged cluster, average link}, highest first.
   *
   * @param sum the pairwise similarities, turned in place into the sums of similarities between clusters (row and
   *     column of a kept cluster hold its merged members' sums)
   */
  private static List<double[]> averageLinkMerges(double[][] sum, double floor) {
    int n = sum.length;
    int[] size = new int[n];
    boolean[] active = new boolean[n];
    Arrays.fill(size, 1);
    Arrays.fill(active, true);
    List<double[]> merges = new ArrayList<>();
    while (true) {
      int bestA = -1;
      int bestB = -1;
      double best = floor;
      for (int a = 0; a < n; a++) {
        if (!active[a]) {
          continue;
        }
        for (int b = a + 1; b < n; b++) {
          if (active[b]) {
            double link = sum[a][b] / ((double) size[a] * size[b]);
            if (link >= best && (bestA < 0 || link > best)) {
              best = link;
              bestA = a;
              bestB = b;
            }
          }
        }
      }
      if (bestA < 0) {
        return merges;
      }
      merges.add(new double[] {bestA, bestB, best});
      active[bestB] = false;
      size[bestA] += size[bestB];
      for (int c = 0; c < n; c++) {
        sum[bestA][c] += sum[bestB][c];
        sum[c][bestA] = sum[bestA][c];
      }
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
