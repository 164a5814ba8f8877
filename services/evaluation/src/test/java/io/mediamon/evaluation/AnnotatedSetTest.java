package io.mediamon.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedSetTest {
  private static final AnnotatedSet STORIES = new AnnotatedSet("stories-dev", List.of("articles.jsonl", "gold.tsv"));

  @TempDir
  Path eval;

  @Test
  void aDirectoryHoldingTheFilesIsTheSetItself() throws IOException {
    Path set = makeSet("anything");
    assertEquals(set, STORIES.locate(set));
  }

  @Test
  void theUsualNameIsTakenWhenTheEvalDirectoryHoldsOtherSetsToo() throws IOException {
    Path usual = makeSet("stories-dev");
    makeSet("stories-test");
    Files.createDirectories(eval.resolve("other-corpus"));
    assertEquals(usual, STORIES.locate(eval));
  }

  @Test
  void theOneSetUnderAnotherNameIsFound() throws IOException {
    Path heldOut = makeSet("stories-test");
    Files.createDirectories(eval.resolve("other-corpus"));
    Files.writeString(eval.resolve("other-corpus/gold.tsv"), "url\tstory\n");
    assertEquals(heldOut, STORIES.locate(eval));
  }

  @Test
  void severalSetsUnderOtherNamesAreNamedForTheUserToChoose() throws IOException {
    makeSet("stories-a");
    makeSet("stories-b");
    IOException e = assertThrows(IOException.class, () -> STORIES.locate(eval));
    assertTrue(e.getMessage().contains("stories-a, stories-b"), e.getMessage());
    assertTrue(e.getMessage().contains("--eval-dir " + eval.resolve("stories-a")), e.getMessage());
  }

  @Test
  void noSetNamesTheFilesItLookedFor() throws IOException {
    Files.writeString(eval.resolve("articles.jsonl"), "");
    IOException e = assertThrows(IOException.class, () -> STORIES.locate(eval));
    assertTrue(e.getMessage().startsWith("no articles.jsonl and gold.tsv in " + eval), e.getMessage());
    IOException missing = assertThrows(IOException.class, () -> STORIES.locate(eval.resolve("nowhere")));
    assertEquals("no directory at " + eval.resolve("nowhere"), missing.getMessage());
  }

  private Path makeSet(String name) throws IOException {
    Path set = Files.createDirectories(eval.resolve(name));
    Files.writeString(set.resolve("articles.jsonl"), "");
    Files.writeString(set.resolve("gold.tsv"), "url\tstory\n");
    return set;
  }
}
