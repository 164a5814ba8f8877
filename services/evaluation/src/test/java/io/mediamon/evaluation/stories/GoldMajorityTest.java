package io.mediamon.evaluation.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which gold story a system story's alerts count for. */
class GoldMajorityTest {
  private static final Map<String, String> GOLD = Map.of("a1", "quake", "a2", "quake", "a3", "flood", "a4", "quake");

  @Test
  void aStoryBelongsToTheGoldStoryMostOfItsArticlesAreIn() {
    Map<String, String> storyOfArticle = new LinkedHashMap<>(Map.of("a1", "s1", "a2", "s1", "a3", "s1", "a4", "s2"));
    assertEquals(Map.of("s1", "quake", "s2", "quake"), GoldMajority.of(storyOfArticle, GOLD));
  }

  /** A story that merged into another has no articles in the end; its NEW was sent, and counts for its articles. */
  @Test
  void aStoryThatEndedEmptyBelongsToTheGoldStoryOfTheArticlesItHad() {
    Map<String, String> storyOfArticle = Map.of("a1", "s1", "a2", "s1", "a3", "s3", "a4", "s1");
    List<Map.Entry<String, String>> everInStory = List.of(Map.entry("a1", "s1"), Map.entry("a3", "s3"),
        Map.entry("a2", "s2"), Map.entry("a4", "s2"), Map.entry("a2", "s1"), Map.entry("a4", "s1"));
    StoryReplay.Result replay = new StoryReplay.Result(storyOfArticle, everInStory, Map.of(), Map.of(), List.of());
    assertEquals(Map.of("s1", "quake", "s2", "quake", "s3", "flood"), GoldMajority.of(replay, GOLD));
  }
}
