package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mediamon eval dedup} on a small eval directory of text written for this test. */
class EvalDedupCommandTest {
  @TempDir
  Path dir;

  @Test
  void printsPrecisionRecallAndF1ByThresholdAndByKind() throws Exception {
    writeEvalDir();
    CommandRun r = CommandRun.of("eval", "dedup", "--eval-dir", dir.toString(), "--threshold", "0.62");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("threshold  precision  recall     F1"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("    0.62*")), "the chosen threshold is marked: " + r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("    0.95 ")), r.out());
    assertTrue(r.out().contains("copy: byline"), r.out());
    assertTrue(r.out().contains("different: two re3d statements (same conflict)"), r.out());
    // The byline-only copy of a statement keeps nearly all its shingles: found at any threshold in the table.
    assertTrue(r.out().matches("(?s).*copy: byline\\s+\\d+ pairs,\\s+(\\d+) called duplicates \\(100\\.0%\\).*"),
        r.out());
  }

  @Test
  void thresholdDefaultsToTheSetting() throws Exception {
    writeEvalDir();
    CommandRun r = CommandRun.of("eval", "dedup", "--eval-dir", dir.toString(), "--set",
        "extractor.duplicate-threshold=0.7");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("At threshold 0.70, by kind of pair"), r.out());
  }

  @Test
  void missingEvalDirectoryIsAUserError() {
    CommandRun r = CommandRun.of("eval", "dedup", "--eval-dir", dir.resolve("nowhere").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no eval directory at"), r.err());
  }

  @Test
  void thresholdOutsideZeroToOneIsAUserError() throws Exception {
    writeEvalDir();
    CommandRun r = CommandRun.of("eval", "dedup", "--eval-dir", dir.toString(), "--threshold", "1.5");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--threshold must be above 0 and at most 1"), r.err());
  }

  private void writeEvalDir() throws Exception {
    Path re3d = Files.createDirectories(dir.resolve("re3d-us-state-department"));
    Files.writeString(re3d.resolve("documents.json"),
        "{\"_id\":\"A\",\"title\":\"Ferry rules\",\"text\":\"The ministry welcomes new rules for river ferries. "
            + "Inspections will start in May and cover every licensed operator on the delta.\\n\\nOperators must fit "
            + "life jackets for every passenger. Fines will double for repeat offenders, the ministry said.\"}\n"
            + "{\"_id\":\"B\",\"title\":\"Rail link\",\"text\":\"Work on the coastal rail link resumed after the "
            + "winter pause. Engineers expect the first trains to run in two years.\\n\\nThe link will cut travel "
            + "time to the capital by half. Local councils have asked for more stations along the route.\"}\n");
    Path gmb = Files.createDirectories(dir.resolve("gmb-voa"));
    List<String> lines = new ArrayList<>();
    String[] subjects = {"bridge", "school", "hospital", "stadium", "airport", "harbour"};
    for (int s = 0; s < 36; s++) {
      String sentence = "Officials in district " + s + " said the new " + subjects[s % subjects.length]
          + " would open in spring after delays caused by floods , strikes number " + (s * 7) + " and a shortage .";
      for (String token : sentence.split(" ")) {
        lines.add(token + "\tO");
      }
      lines.add("");
    }
    Files.write(gmb.resolve("dev.conll"), lines);
  }
}
