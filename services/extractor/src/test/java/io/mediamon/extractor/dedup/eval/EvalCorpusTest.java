package io.mediamon.extractor.dedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCorpusTest {
  @TempDir
  Path dir;

  @Test
  void readsStatementsAsParagraphsOfSentencesAndGroupsConllSentencesIntoArticles() throws IOException {
    List<EvalDocument> docs = EvalCorpus.read(EvalFiles.write(dir), 1);
    List<EvalDocument> re3d = docs.stream().filter(d -> d.collection().equals("re3d")).toList();
    assertEquals(3, re3d.size());
    EvalDocument ferry = re3d.get(0);
    assertEquals("Ferry Safety", ferry.headline());
    assertEquals(List.of(List.of("The ministry welcomes new rules for river ferries.", "Inspections will start in May."),
        List.of("Operators must fit life jackets for every passenger.", "Fines will double for repeat offenders.")),
        ferry.paragraphs());
    assertTrue(ferry.text().startsWith("Ferry Safety\n\nThe ministry"), ferry.text());

    List<EvalDocument> gmb = docs.stream().filter(d -> d.collection().equals("gmb")).toList();
    assertTrue(gmb.size() >= 2, "40 sentences make at least two articles of 6 to 16");
    List<String> inOrder = gmb.stream().flatMap(d -> d.paragraphs().stream()).flatMap(List::stream).toList();
    assertTrue(inOrder.size() > 40 - 6, "only a last remainder shorter than an article is left out");
    for (int i = 0; i < inOrder.size(); i++) {
      assertTrue(inOrder.get(i).startsWith("Officials in district " + i + " "), inOrder.get(i));
    }
    for (EvalDocument article : gmb) {
      assertTrue(article.sentenceCount() >= 6 && article.sentenceCount() <= 16, article.id());
      assertTrue(article.paragraphs().stream().allMatch(p -> p.size() >= 1 && p.size() <= 3), article.id());
    }
    assertEquals("Officials in district 0 said on Monday that the new bridge over the river would open in spring, "
        + "after delays caused by floods and a shortage of steel.", gmb.get(0).paragraphs().get(0).get(0));
    assertEquals("Officials in district 0 said on Monday that", gmb.get(0).headline());
  }

  @Test
  void detokenizesPunctuationAndClitics() {
    assertEquals("Britain's party (Labor) won't say, he said.",
        EvalCorpus.detokenize("Britain 's party ( Labor ) wo n't say , he said ."));
  }

  @Test
  void missingFilesAreAnError() {
    assertThrows(IOException.class, () -> EvalCorpus.read(dir, 1));
  }
}
