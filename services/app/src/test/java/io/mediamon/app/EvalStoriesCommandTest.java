package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mediamon eval stories} on annotated stories written for this test, kept under another name than the
 * development set's, as held-out topics come.
 */
class EvalStoriesCommandTest {
  @TempDir
  Path dir;

  @Test
  void measuresTheOneAnnotatedSetTheEvalDirectoryHolds() throws Exception {
    Path set = writeSet("stories-heldout");
    Files.createDirectories(dir.resolve("some-other-corpus"));

    CommandRun r = CommandRun.of("eval", "stories", "--eval-dir", dir.toString(), "--shuffles", "1");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Stories on " + set + ": 4 articles, 2 gold stories"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("shuffle 1 ")), r.out());
    assertTrue(r.out().contains("B3 F1 mean"), r.out());
  }

  @Test
  void severalAnnotatedSetsAreNamedAndNoneIsGuessed() throws Exception {
    writeSet("stories-a");
    writeSet("stories-b");

    CommandRun r = CommandRun.of("eval", "stories", "--eval-dir", dir.toString());

    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("holds 2 such data sets (stories-a, stories-b)"), r.err());
  }

  @Test
  void aGoldRowWithoutItsStoryIsAUserErrorNamingTheLine() throws Exception {
    Path set = writeSet("stories-heldout");
    Files.writeString(set.resolve("gold.tsv"), "https://t.invalid/9\t9\t1\n", StandardOpenOption.APPEND);

    CommandRun r = CommandRun.of("eval", "stories", "--eval-dir", dir.toString(), "--shuffles", "0");

    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("gold.tsv line 6: no 'subtopic' cell"), r.err());
  }

  @Test
  void articlesThatCannotBeMeasuredAreLeftOutAndNamedAndTheRestIsMeasured() throws Exception {
    Path set = writeSet("stories-heldout");
    Files.writeString(set.resolve("articles.jsonl"), String.join("\n",
        "{\"url\":\"https://t.invalid/empty\",\"title\":\"No text\",\"body\":\"\"}",
        "{\"url\":\"https://t.invalid/unannotated\",\"title\":\"Not in gold\",\"body\":\"Some text here.\"}",
        "{\"url\":\"https://t.invalid/0\",\"title\":\"Again\",\"body\":\"A second article under one URL.\"}",
        "not json") + "\n", StandardOpenOption.APPEND);

    CommandRun r = CommandRun.of("eval", "stories", "--eval-dir", set.toString(), "--shuffles", "0");

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains(": 4 articles, 2 gold stories"), r.out());
    assertTrue(r.out().contains("Left out, not measured: 4 article(s)"), r.out());
    assertTrue(r.out().contains("missing field: body or html"), r.out());
    assertTrue(r.out().contains("https://t.invalid/unannotated has no row in gold.tsv"), r.out());
    assertTrue(r.out().contains("https://t.invalid/0 is there twice"), r.out());
    assertTrue(r.out().contains("invalid JSON"), r.out());
  }

  /** Two made-up happenings of one kind, two reports each. */
  private Path writeSet(String name) throws Exception {
    Path set = Files.createDirectories(dir.resolve(name));
    String[][] articles = {
        {"Flood closes the river port of Aldenmoor", "Floodwater closed the river port of Aldenmoor on Monday, and "
            + "the harbour master Ilse Varnholt said barges would wait until the level falls.", "1a"},
        {"Snowstorm shuts the mountain pass at Korvik", "A snowstorm shut the Korvik pass on Friday; road chief "
            + "Tomas Brenneke said ploughs could not reach the summit before Sunday.", "1b"},
        {"Aldenmoor port stays shut as river keeps rising", "The river port of Aldenmoor stayed closed on Tuesday. "
            + "Harbour master Ilse Varnholt said the flood had not yet peaked.", "1a"},
        {"Korvik pass remains closed after snowstorm", "Road chief Tomas Brenneke said the Korvik pass, shut by "
            + "Friday's snowstorm, would stay closed through Sunday.", "1b"}};
    List<String> lines = new ArrayList<>();
    List<String> gold = new ArrayList<>(List.of("url\tdoc\ttopic\tsubtopic"));
    for (int i = 0; i < articles.length; i++) {
      String url = "https://t.invalid/" + i;
      lines.add("{\"url\":\"" + url + "\",\"title\":\"" + articles[i][0] + "\",\"body\":\"" + articles[i][1] + "\"}");
      gold.add(url + "\t" + i + "\t1\t" + articles[i][2]);
    }
    Files.write(set.resolve("articles.jsonl"), lines);
    Files.write(set.resolve("gold.tsv"), gold);
    return set;
  }
}
