package io.mediamon.extractor.dedup.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small evaluation directory in the layout of the real one, with text written for the tests: a JSON-lines file of
 * statements (with a byte-order mark, as mongoexport writes it) and a CoNLL file of tokenized sentences.
 */
public final class EvalFiles {
  private EvalFiles() {}

  public static Path write(Path dir) throws IOException {
    Path re3d = Files.createDirectories(dir.resolve("re3d-us-state-department"));
    Files.writeString(re3d.resolve("documents.json"), "\uFEFF"
        + statement("D1", "Ferry Safety", "The ministry welcomes new rules for river ferries. Inspections will start "
            + "in May.\\n\\nOperators must fit life jackets for every passenger. Fines will double for repeat "
            + "offenders.")
        + statement("D2", "Library Opening", "A new public library opened in the old market hall on Friday. It holds "
            + "forty thousand books and a children's reading room.")
        + statement("D3", "Rail Link", "Work on the coastal rail link resumed after the winter pause. Engineers "
            + "expect the first trains to run in two years.\\n\\nThe link will cut travel time to the capital by "
            + "half. Local councils have asked for more stations."));
    Path gmb = Files.createDirectories(dir.resolve("gmb-voa"));
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      String sentence = "Officials in district " + s + " said on Monday that the new bridge over the river "
          + "would open in spring , after delays caused by floods and a shortage of steel .";
      for (String token : sentence.split(" ")) {
        lines.add(token + "\t" + (token.equals("Monday") ? "B-tim" : "O"));
      }
      lines.add("");
    }
    Files.write(gmb.resolve("dev.conll"), lines);
    return dir;
  }

  private static String statement(String id, String title, String text) {
    return "{ \"_id\" : \"" + id + "\", \"title\" : \"" + title + "\", \"text\" : \"" + text + "\" }\n";
  }
}
