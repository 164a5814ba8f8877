package io.mediamon.evaluation.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * The gold story each system story belongs to: the one most of its annotated articles are in (ties to the greater
 * gold id, so that runs are repeatable). Alerts are counted, and written for error analysis, by it.
 */
final class GoldMajority {
  private GoldMajority() {}

  /**
   * @param storyOfArticle each article's story
   * @param gold each annotated article's gold story
   * @return each story with at least one annotated article, and its gold story
   */
  static Map<String, String> of(Map<String, String> storyOfArticle, Map<String, String> gold) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    storyOfArticle.forEach((article, story) -> {
      String g = gold.get(article);
      if (g != null) {
        votes.computeIfAbsent(story, s -> new HashMap<>()).merge(g, 1, Integer::sum);
      }
    });
    Map<String, String> majority = new HashMap<>();
    votes.forEach((story, counts) -> counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey()))
        .ifPresent(e -> majority.put(story, e.getKey())));
    return majority;
  }
}
