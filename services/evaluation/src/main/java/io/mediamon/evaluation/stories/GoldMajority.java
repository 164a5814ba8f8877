package io.mediamon.evaluation.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * The gold story each system story belongs to: the one most of its annotated articles are in (ties to the greater
 * gold id, so that runs are repeatable). Alerts are counted, and written for error analysis, by it. A story that has
 * no articles in the end (it merged into another) belongs to the gold story of the articles it had: its alerts were
 * sent, and count.
 */
final class GoldMajority {
  private GoldMajority() {}

  /**
   * @param replay the stories of one order
   * @param gold each annotated article's gold story
   * @return each story that had an annotated article, and its gold story
   */
  static Map<String, String> of(StoryReplay.Result replay, Map<String, String> gold) {
    Map<String, String> majority = of(replay.storyOfArticle(), gold);
    Map<String, String> everMajority = of(replay.everInStory(), gold);
    everMajority.forEach(majority::putIfAbsent);
    return majority;
  }

  /**
   * @param storyOfArticle each article's story
   * @param gold each annotated article's gold story
   * @return each story with at least one annotated article, and its gold story
   */
  static Map<String, String> of(Map<String, String> storyOfArticle, Map<String, String> gold) {
    return of(storyOfArticle.entrySet(), gold);
  }

  private static Map<String, String> of(Iterable<Map.Entry<String, String>> articleInStory,
      Map<String, String> gold) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (Map.Entry<String, String> e : articleInStory) {
      String g = gold.get(e.getKey());
      if (g != null) {
        votes.computeIfAbsent(e.getValue(), s -> new HashMap<>()).merge(g, 1, Integer::sum);
      }
    }
    Map<String, String> majority = new HashMap<>();
    votes.forEach((story, counts) -> counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey()))
        .ifPresent(e -> majority.put(story, e.getKey())));
    return majority;
  }
}
