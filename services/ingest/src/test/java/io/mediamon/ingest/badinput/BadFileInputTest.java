package io.mediamon.ingest.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.IngestProblem;
import io.mediamon.schema.RawArticle;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One class of bad article file each: it gives no article and a problem naming why, and the good file read after it
 * with the same reader still gives its article. (Links, directories and FIFOs in a drop directory: DropDirectoryIT.)
 */
class BadFileInputTest {
  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final int CAP = 1024 * 1024;

  @TempDir
  Path dir;

  /** A file name, how to write it, and what the problem must say. */
  record BadFile(String name, Writer writer, String reason) {
    @Override
    public String toString() {
      return name + " → " + reason;
    }
  }

  interface Writer {
    void write(Path file) throws Exception;
  }

  static Writer text(String content) {
    return file -> Files.writeString(file, content);
  }

  static Writer bytes(byte[] content) {
    return file -> Files.write(file, content);
  }

  static Writer gzipped(byte[] content, int times) {
    return file -> {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        for (int i = 0; i < times; i++) {
          out.write(content);
        }
      }
    };
  }

  static Stream<Arguments> badFiles() {
    String ok = "\"body\": \"Body.\"";
    return Stream.of(
        new BadFile("empty.txt", text(""), "empty file"),
        new BadFile("blank.txt", text("  \n\n  "), "empty file"),
        new BadFile("headline.txt", text("Only a headline"), "only a headline"),
        new BadFile("nul.txt", bytes("Head\n\nBo\0dy".getBytes(StandardCharsets.UTF_8)), "binary content"),
        new BadFile("latin1.txt", bytes("Head\n\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1)), "not UTF-8"),
        new BadFile("plain.txt.gz", text("Head\n\nnot gzip at all"), "not a valid gzip"),
        new BadFile("bomb.txt.gz", gzipped(new byte[1024 * 1024], 16), "decompresses to more than"),
        new BadFile("huge.txt", text("Head\n\n" + "word ".repeat(CAP / 4)), "over the limit of"),
        new BadFile("table.csv", text("a,b\n1,2"), "unsupported file type"),
        new BadFile("broken.json", text("{\"body\": "), "invalid JSON"),
        new BadFile("number.json", text("42"), "expected a JSON object"),
        new BadFile("nobody.json", text("{\"title\": \"no body\"}"), "missing field: body or html"),
        new BadFile("js.json", text("{\"url\": \"javascript:alert(1)\", " + ok + "}"), "URL"),
        new BadFile("file.json", text("{\"url\": \"file://host/etc/passwd\", " + ok + "}"), "not an http or https"),
        new BadFile("gopher.json", text("{\"url\": \"gopher://example.org/1\", " + ok + "}"), "not an http or https"),
        new BadFile("relative.json", text("{\"url\": \"/news/1\", " + ok + "}"), "not an absolute URL"),
        new BadFile("future.json", text("{\"publishedAt\": \"9999-12-31T00:00:00Z\", " + ok + "}"), "not a plausible"),
        new BadFile("ancient.json", text("{\"publishedAt\": \"1066-10-14T09:00:00Z\", " + ok + "}"), "not a plausible"),
        new BadFile("words.json", text("{\"publishedAt\": \"yesterday\", " + ok + "}"), "not an ISO-8601"),
        new BadFile("tags.json", text("{\"tags\": \"politics\", " + ok + "}"), "must be an array of strings"),
        new BadFile("lines.jsonl", text("not json\n"), "invalid JSON"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFileGivesAProblemNamingWhyAndTheNextFileIsRead(BadFile bad) throws Exception {
    ArticleFileReader reader = new ArticleFileReader("files", Clock.fixed(NOW, ZoneOffset.UTC), CAP);
    Path file = dir.resolve(bad.name());
    bad.writer().write(file);
    Path good = dir.resolve("zz-good.txt");
    Files.writeString(good, "Good headline\n\nA good body.");

    List<RawArticle> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    reader.read(file, articles, problems);
    assertTrue(articles.isEmpty(), "no article from " + bad.name() + ": " + articles);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).toString().contains(bad.reason()), problems.toString());

    reader.read(good, articles, problems);
    assertEquals(1, articles.size(), "the good file after it");
    assertEquals("A good body.", articles.get(0).getBody());
  }
}
