package io.mediamon.evaluation.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {
  private static final String TEXT = "Mayor Dana Orlov said the bridge will reopen in May.";
  private static final String ANN = "T1\tSource 0 16\tMayor Dana Orlov\nT2\tCue 17 21\tsaid\n"
      + "T3\tContent 22 51\tthe bridge will reopen in May\nE1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n";

  @Test
  void anArticleThatCannotBeReadIsSkippedWithItsReasonAndTheOthersAreRead(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("metadata.tsv"), "filename\toutlet\tannotators\n"
        + "good\tthe-elmar-post\tann1\n"
        + "second-annotator\tthe-elmar-post\tann1,ann2\n"
        + "no-text\tthe-elmar-post\tann1\n"
        + "broken\tthe-elmar-post\tann1\n"
        + "short-row\n");
    for (String name : List.of("good", "second-annotator", "broken")) {
      Files.writeString(dir.resolve("text").resolve(name + ".txt"), TEXT);
    }
    Files.writeString(dir.resolve("attributions").resolve("good_ann1.ann"), ANN);
    Files.writeString(dir.resolve("attributions").resolve("second-annotator_ann2.ann"), ANN);
    Files.writeString(dir.resolve("attributions").resolve("no-text_ann1.ann"), ANN);
    Files.writeString(dir.resolve("attributions").resolve("broken_ann1.ann"), "T1\tSource zero 16\tMayor\n");

    PolnearCorpus.Corpus corpus = PolnearCorpus.read(dir);

    assertEquals(List.of("good", "second-annotator"),
        corpus.documents().stream().map(PolnearCorpus.Document::name).toList());
    assertEquals("Mayor Dana Orlov", corpus.documents().get(1).attributions().get(0).source(),
        "the next listed annotator's file when the first's is missing");
    List<String> skipped = corpus.skipped();
    assertEquals(3, skipped.size(), skipped.toString());
    assertTrue(skipped.get(0).startsWith("no-text: no file ") && skipped.get(0).contains("no-text.txt"),
        skipped.get(0));
    assertTrue(skipped.get(1).startsWith("broken: broken_ann1.ann is not brat standoff"), skipped.get(1));
    assertTrue(skipped.get(2).contains("line 6: fewer columns"), skipped.get(2));
  }
}
