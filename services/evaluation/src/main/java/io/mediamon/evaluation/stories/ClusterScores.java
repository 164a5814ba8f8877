package io.mediamon.evaluation.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Document-level clustering scores against a gold clustering: B³ (per article, the share of its predicted cluster
 * that is in its gold cluster and the other way round, averaged) and pairwise (over all pairs of articles put
 * together). An article the prediction misses counts as a cluster of its own.
 */
public record ClusterScores(double b3Precision, double b3Recall, double pairPrecision, double pairRecall,
    int predictedClusters) {

  public double b3F1() {
    return f1(b3Precision, b3Recall);
  }

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  public static ClusterScores of(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, String> pred = new HashMap<>();
    gold.keySet().forEach(id -> pred.put(id, predicted.getOrDefault(id, "singleton:" + id)));
    Map<String, Set<String>> predClusters = clusters(pred);
    Map<String, Set<String>> goldClusters = clusters(gold);
    double p = 0;
    double r = 0;
    for (String id : gold.keySet()) {
      Set<String> mine = predClusters.get(pred.get(id));
      Set<String> truth = goldClusters.get(gold.get(id));
      long both = mine.stream().filter(truth::contains).count();
      p += (double) both / mine.size();
      r += (double) both / truth.size();
    }
    long predPairs = pairs(predClusters);
    long goldPairs = pairs(goldClusters);
    long bothPairs = 0;
    for (Set<String> cluster : predClusters.values()) {
      Map<String, Integer> byGold = new HashMap<>();
      cluster.forEach(id -> byGold.merge(gold.get(id), 1, Integer::sum));
      for (int n : byGold.values()) {
        bothPairs += (long) n * (n - 1) / 2;
      }
    }
    int n = gold.size();
    return new ClusterScores(p / n, r / n, predPairs == 0 ? 1 : (double) bothPairs / predPairs,
        goldPairs == 0 ? 1 : (double) bothPairs / goldPairs, predClusters.size());
  }

  private static Map<String, Set<String>> clusters(Map<String, String> assignment) {
    Map<String, Set<String>> clusters = new HashMap<>();
    assignment.forEach((id, c) -> clusters.computeIfAbsent(c, k -> new HashSet<>()).add(id));
    return clusters;
  }

  private static long pairs(Map<String, Set<String>> clusters) {
    return clusters.values().stream().mapToLong(c -> (long) c.size() * (c.size() - 1) / 2).sum();
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
