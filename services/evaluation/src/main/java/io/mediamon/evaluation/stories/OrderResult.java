package io.mediamon.evaluation.stories;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one arrival order: clustering scores, and the alerts counted per gold story (an alert belongs to
 * the gold story most of its story's articles are in). {@code typedAlerts} alerts name a type; {@code
 * typesAgreeing} of those that belong to a gold story name the type its alerts name most: no annotation says
 * which type is right, so these say how often a desk reads a type and how steady it is for one happening.
 * {@code headlineOnlyActorAlerts} alerts name an actor only headline-case lines write ({@link HeadlineOnlyNames}).
 */
public record OrderResult(String order, ClusterScores scores, int newAlerts, int updateAlerts, int maxNewPerGold,
    int goldWithSeveralNew, int goldWithoutNew, int goldStories, int typedAlerts, int typesAgreeing,
    int headlineOnlyActorAlerts) {

  static OrderResult of(String order, StoryReplay.Result replay, Map<String, String> gold,
      HeadlineOnlyNames headlineOnly) {
    ClusterScores scores = ClusterScores.of(replay.storyOfArticle(), gold);
    Map<String, String> goldOfStory = GoldMajority.of(replay, gold);
    Map<String, Integer> newPerGold = new HashMap<>();
    Map<String, Map<String, Integer>> typesPerGold = new HashMap<>();
    int news = 0;
    int updates = 0;
    int typed = 0;
    int headlineActors = 0;
    for (Alert alert : replay.alerts()) {
      if (headlineOnly.anyOnlyInHeadlines(alert.getActors())) {
        headlineActors++;
      }
      String g = goldOfStory.get(alert.getEventId());
      if (alert.getEventType() != null) {
        typed++;
        if (g != null) {
          typesPerGold.computeIfAbsent(g, k -> new HashMap<>()).merge(alert.getEventType(), 1, Integer::sum);
        }
      }
      if (alert.getKind() == AlertKind.NEW) {
        news++;
        if (g != null) {
          newPerGold.merge(g, 1, Integer::sum);
        }
      } else {
        updates++;
      }
    }
    long goldStories = gold.values().stream().distinct().count();
    int maxNew = newPerGold.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int several = (int) newPerGold.values().stream().filter(n -> n > 1).count();
    int without = (int) (goldStories - newPerGold.size());
    int agreeing = typesPerGold.values().stream()
        .mapToInt(types -> types.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
    return new OrderResult(order, scores, news, updates, maxNew, several, without, (int) goldStories, typed,
        agreeing, headlineActors);
  }

  static String header() {
    return String.format("%-10s %7s %6s %6s %6s %6s %6s %6s %5s %6s %10s %9s %9s", "order", "stories", "B3 P",
        "B3 R", "B3 F1", "pair P", "pair R", "pairF1", "NEW", "UPDATE", "NEW/gold", ">1 NEW", "no NEW");
  }

  String row() {
    return String.format(java.util.Locale.ROOT, "%-10s %7d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %5d %6d %10d %9d %9d",
        order, scores.predictedClusters(), scores.b3Precision(), scores.b3Recall(), scores.b3F1(),
        scores.pairPrecision(), scores.pairRecall(), scores.pairF1(), newAlerts, updateAlerts, maxNewPerGold,
        goldWithSeveralNew, goldWithoutNew);
  }

  static List<String> legend() {
    return List.of("NEW/gold: most NEW alerts raised for one gold story; >1 NEW: gold stories with more than one NEW;",
        "no NEW: gold stories that raised no NEW alert (e.g. merged into another gold story's alert).");
  }
}
