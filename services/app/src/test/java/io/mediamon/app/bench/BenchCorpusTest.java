package io.mediamon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.UserError;
import io.mediamon.schema.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
  @TempDir
  Path dir;

  @Test
  void syndicatedCopiesFollowTheOriginalsAsOtherOutletsReprints() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "First headline\nThe first body.");
    Files.writeString(dir.resolve("b.txt"), "Second headline\nThe second body.");
    BenchCorpus originals = BenchCorpus.fromDirectory(dir, null, 0, Clock.systemUTC());

    BenchCorpus withCopies = originals.withSyndicatedCopies(2);

    List<RawArticle> all = withCopies.articles();
    assertEquals(6, all.size());
    assertEquals(originals.articles(), all.subList(0, 2));
    assertEquals(6, all.stream().map(RawArticle::getId).distinct().count(), "each copy has an id of its own");
    RawArticle secondCopyOfFirst = all.get(4);
    assertEquals("First headline", secondCopyOfFirst.getTitle());
    assertTrue(secondCopyOfFirst.getBody().endsWith(all.get(0).getBody()), secondCopyOfFirst.getBody());
    assertTrue(secondCopyOfFirst.getSource().endsWith("-copy-2"), secondCopyOfFirst.getSource());
    assertTrue(withCopies.description().endsWith("each followed by 2 syndicated copies (6 articles)"),
        withCopies.description());
    assertEquals(originals, originals.withSyndicatedCopies(0));
    assertThrows(IllegalArgumentException.class, () -> originals.withSyndicatedCopies(-1));
  }

  @Test
  void directoryArticlesInNameOrderWarmUpFirstThenMeasuredUpToTheLimit() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "Second headline\nThe second body.");
    Files.writeString(dir.resolve("a.txt"), "First headline\nThe first body.");
    Files.writeString(dir.resolve("c.jsonl"), "{\"title\":\"Third\",\"body\":\"The third body.\"}\n"
        + "{\"title\":\"Fourth\",\"body\":\"The fourth body.\"}\n");
    Files.writeString(dir.resolve("d.txt"), "Fifth headline\nThe fifth body.");
    Files.writeString(dir.resolve("notes.md"), "not an article");

    BenchCorpus corpus = BenchCorpus.fromDirectory(dir, 2, 1, Clock.systemUTC());

    assertEquals(List.of("First headline"), corpus.warmup().stream().map(RawArticle::getTitle).toList());
    assertEquals(List.of("Second headline", "Third"), corpus.articles().stream().map(RawArticle::getTitle).toList());
    assertTrue(corpus.description().startsWith("2 articles from "), corpus.description());

    BenchCorpus atMostHalf = BenchCorpus.fromDirectory(dir, null, 40, Clock.systemUTC());
    assertEquals(2, atMostHalf.warmup().size());
    assertEquals(List.of("Third", "Fourth", "Fifth headline"),
        atMostHalf.articles().stream().map(RawArticle::getTitle).toList());
  }

  @Test
  void conllWarmUpArticlesAreFurtherArticlesNotMeasuredOnes() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      text.append("Report\tO\n").append(i).append("\tO\n.\tO\n\n");
    }
    Path conll = dir.resolve("dev.conll");
    Files.writeString(conll, text);

    BenchCorpus corpus = BenchCorpus.fromConll(conll, 4, 2, 6, Clock.systemUTC());

    assertEquals(List.of("Report 0. Report 1.", "Report 2. Report 3.", "Report 4. Report 5.",
        "Report 6. Report 7."), corpus.articles().stream().map(RawArticle::getBody).toList());
    assertEquals(List.of("Report 8. Report 9.", "Report 10. Report 11."),
        corpus.warmup().stream().map(RawArticle::getBody).toList());
  }

  @Test
  void missingInputIsAUserError() {
    UserError noDir = assertThrows(UserError.class,
        () -> BenchCorpus.fromDirectory(dir.resolve("none"), null, 0, Clock.systemUTC()));
    assertTrue(noDir.getMessage().contains("does not exist"), noDir.getMessage());
    UserError noConll = assertThrows(UserError.class,
        () -> BenchCorpus.fromConll(dir.resolve("dev.conll"), 10, 0, 600, Clock.systemUTC()));
    assertTrue(noConll.getMessage().contains("--eval-dir"), noConll.getMessage());
    UserError empty = assertThrows(UserError.class, () -> BenchCorpus.fromDirectory(dir, null, 0, Clock.systemUTC()));
    assertTrue(empty.getMessage().contains("no readable article"), empty.getMessage());
  }
}
