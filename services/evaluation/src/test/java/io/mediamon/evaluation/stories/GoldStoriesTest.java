package io.mediamon.evaluation.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldStoriesTest {
  @TempDir
  Path dir;

  @Test
  void partsTakeEveryNthTopicWholeInNumericOrderAndTogetherHoldEveryArticleOnce() throws IOException {
    // topics 1 to 10 (so that "10" sorts after "9"), two stories of two articles each
    GoldStories gold = write(10);
    assertEquals(Set.of("1", "5", "9"), topics(gold.part(1, 4)));
    assertEquals(Set.of("4", "8"), topics(gold.part(4, 4)));
    assertEquals(Set.of("2", "6", "10"), topics(gold.part(2, 4)));
    List<String> all = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      GoldStories part = gold.part(k, 4);
      assertEquals(part.articles().size(), part.goldByArticleId().size(), "each article keeps its gold story");
      part.articles().forEach(a -> all.add(a.getId()));
    }
    assertEquals(40, all.size());
    assertEquals(40, Set.copyOf(all).size());
  }

  @Test
  void aHalfIsOneOfTwoParts() throws IOException {
    GoldStories gold = write(10);
    assertEquals(topics(gold.part(1, 2)), topics(gold.half(1)));
    assertEquals(Set.of("2", "4", "6", "8", "10"), topics(gold.half(2)));
  }

  @Test
  void aPartOutsideTheTopicsIsRefused() throws IOException {
    GoldStories gold = write(3);
    assertThrows(IllegalArgumentException.class, () -> gold.part(5, 4));
    assertThrows(IllegalArgumentException.class, () -> gold.part(0, 2));
    assertThrows(IllegalArgumentException.class, () -> gold.part(1, 4), "more parts than topics");
  }

  private GoldStories write(int topicCount) throws IOException {
    StringBuilder articles = new StringBuilder();
    StringBuilder gold = new StringBuilder("url\tdoc\ttopic\tsubtopic\n");
    for (int t = 1; t <= topicCount; t++) {
      for (String story : List.of("a", "b")) {
        for (int n = 1; n <= 2; n++) {
          String url = "https://news.example/" + t + story + n;
          articles.append("{\"url\": \"").append(url).append("\", \"title\": \"Report ").append(t).append(story)
              .append(n).append("\", \"body\": \"Text of report ").append(t).append(story).append(n)
              .append(".\"}\n");
          gold.append(url).append('\t').append(t).append('_').append(n).append(story).append('\t').append(t)
              .append('\t').append(t).append(story).append('\n');
        }
      }
    }
    Files.writeString(dir.resolve("articles.jsonl"), articles);
    Files.writeString(dir.resolve("gold.tsv"), gold);
    return GoldStories.read(dir);
  }

  private static Set<String> topics(GoldStories gold) {
    return new TreeSet<>(gold.groupByArticleId().values());
  }
}
