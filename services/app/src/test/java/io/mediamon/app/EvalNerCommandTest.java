package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mediamon eval ner} on small annotated files written here (real CoreNLP). */
class EvalNerCommandTest {
  @TempDir
  Path dir;

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new EvalNerCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private Path conll() throws Exception {
    Path file = dir.resolve("news.conll");
    Files.writeString(file, String.join("\n",
        "Gen.\tB-per", "Tomas\tI-per", "Ruiz\tI-per", "arrived\tO", "in\tO", "Lisbon\tB-geo", "on\tO",
        "Monday\tB-tim", ".\tO", "",
        "Afghan\tB-gpe", "officials\tO", "met\tO", "Ruiz\tB-per", "in\tO", "Lisbon\tB-geo", ".\tO", ""));
    return file;
  }

  private Path re3d() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("re3d"));
    String text = "Gen. Tomas Ruiz arrived in Lisbon to meet Afghan officials.";
    Files.writeString(corpus.resolve("documents.json"),
        "\uFEFF{ \"_id\" : \"D1\", \"text\" : \"" + text + "\" }\n");
    Files.writeString(corpus.resolve("entities.json"), "\uFEFF"
        + entity(5, 15, "Person", "Tomas Ruiz") + entity(27, 33, "Location", "Lisbon")
        + entity(42, 48, "Nationality", "Afghan"));
    return corpus;
  }

  private static String entity(int begin, int end, String type, String value) {
    return "{ \"begin\" : " + begin + ", \"end\" : " + end + ", \"type\" : \"" + type + "\", \"value\" : \""
        + value + "\", \"documentId\" : \"D1\" }\n";
  }

  /** The row of the table for a system and type, split into cells. */
  private static List<String> row(String out, String system, String type) {
    return out.lines().filter(l -> l.startsWith(system) && l.substring(13).startsWith(type + " ")).findFirst()
        .map(l -> List.of(l.substring(13).trim().split("[\\s|]+")))
        .orElseThrow(() -> new AssertionError("no row " + system + " " + type + " in\n" + out));
  }

  @Test
  void scoresBothSystemsOnEveryDatasetInADirectory() throws Exception {
    conll();
    re3d();
    Path errors = dir.resolve("errors.tsv");
    Result r = run(dir.toString(), "--compare", "--errors", errors.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("news.conll: 2 sentences in 1 documents"), r.out());
    assertTrue(r.out().contains("re3d: 1 documents"), r.out());
    // mediamon: Tomas Ruiz (title stripped from the gold), Ruiz, Lisbon twice, Afghan: all five right.
    assertEquals(List.of("ALL", "5", "5", "100.0", "100.0", "100.0", "100.0", "100.0", "100.0"),
        row(r.out().substring(0, r.out().indexOf("re3d:")), "mediamon", "ALL"));
    // CoreNLP has no nationality class: 4 of 5.
    assertEquals(List.of("ALL", "5", "4", "100.0", "80.0", "88.9", "100.0", "80.0", "88.9"),
        row(r.out().substring(0, r.out().indexOf("re3d:")), "raw CoreNLP", "ALL"));
    String re3dTable = r.out().substring(r.out().indexOf("re3d:"));
    assertEquals(List.of("ALL", "3", "3", "100.0", "100.0", "100.0", "100.0", "100.0", "100.0"),
        row(re3dTable, "mediamon", "ALL"));
    assertEquals(List.of("NORP", "1", "0", "0.0", "0.0", "0.0", "0.0", "0.0", "0.0"),
        row(re3dTable, "raw CoreNLP", "NORP"));
    List<String> errorLines = Files.readAllLines(errors);
    assertTrue(errorLines.stream().anyMatch(l -> l.contains("CORENLP") && l.contains("MISS\tNORP\tAfghan")),
        errorLines.toString());
  }

  @Test
  void scoresMediamonAloneByDefaultAndCoreNlpWithRaw() throws Exception {
    Path file = conll();
    Result mediamon = run(file.toString());
    assertEquals(0, mediamon.exit(), mediamon.err());
    assertTrue(mediamon.out().lines().noneMatch(l -> l.startsWith("raw CoreNLP")), mediamon.out());
    Result raw = run(file.toString(), "--raw", "--gold-titles", "keep");
    assertEquals(0, raw.exit(), raw.err());
    assertTrue(raw.out().contains("gold titles: keep"), raw.out());
    // Kept in the gold, "Gen. Tomas Ruiz" no longer matches CoreNLP's "Tomas Ruiz" exactly, only by overlap.
    assertEquals(List.of("PERSON", "2", "2", "50.0", "50.0", "50.0", "100.0", "100.0", "100.0"),
        row(raw.out(), "raw CoreNLP", "PERSON"));
  }

  @Test
  void badInputIsAUsageError() throws Exception {
    assertEquals(2, run(dir.resolve("missing.conll").toString()).exit());
    Result empty = run(dir.toString());
    assertEquals(2, empty.exit());
    assertTrue(empty.err().contains("no annotations"), empty.err());
    Path bad = dir.resolve("bad.conll");
    Files.writeString(bad, "Ruiz\tB-per\nleft\n");
    Result badLine = run(bad.toString());
    assertEquals(2, badLine.exit());
    assertTrue(badLine.err().contains("bad.conll:2"), badLine.err());
    assertEquals(2, run(conll().toString(), "--gold-titles", "maybe").exit());
    assertEquals(2, run(conll().toString(), "--raw", "--compare").exit());
  }
}
