package io.mediamon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderGzipTest {
  @TempDir
  Path dir;

  private final ArticleFileReader reader = new ArticleFileReader("files", Clock.systemUTC());
  private final List<RawArticle> articles = new ArrayList<>();
  private final List<IngestProblem> problems = new ArrayList<>();

  private Path gzip(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void gzippedFilesAreReadLikeTheirPlainFormat() throws Exception {
    reader.read(gzip("a.txt.gz", "Headline\nBody text."), articles, problems);
    reader.read(gzip("b.HTML.GZ", "<html><body><p>Text</p></body></html>"), articles, problems);
    reader.read(gzip("c.json.gz", "[{\"body\": \"one\"}, {\"body\": \"two\"}]"), articles, problems);
    reader.read(gzip("d.jsonl.gz", "{\"body\": \"three\"}\nnot json\n"), articles, problems);
    assertEquals(List.of("Body text.", "<html><body><p>Text</p></body></html>", "one", "two", "three"),
        articles.stream().map(RawArticle::getBody).toList());
    assertEquals(ContentType.HTML, articles.get(1).getContentType());
    assertEquals(1, problems.size());
    assertEquals(2, problems.get(0).line());
    assertTrue(problems.get(0).reason().startsWith("invalid JSON"));
  }

  @Test
  void supportIsDecidedByTheNameWithoutGz() {
    assertTrue(ArticleFileReader.isSupported(Path.of("x.jsonl.gz")));
    assertTrue(ArticleFileReader.isSupported(Path.of("x.txt.gz")));
    assertEquals(false, ArticleFileReader.isSupported(Path.of("x.tar.gz")));
    assertEquals(false, ArticleFileReader.isSupported(Path.of("x.gz")));
  }

  @Test
  void aCorruptGzipFileIsAProblemNotACrash() throws Exception {
    Path file = dir.resolve("broken.txt.gz");
    Files.writeString(file, "Headline\nnot gzipped at all");
    reader.read(file, articles, problems);
    assertTrue(articles.isEmpty());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).reason().startsWith("not a valid gzip file"), problems.get(0).reason());
  }

  @Test
  void aGzipBombOrAnOversizeFileIsRefusedWithItsSizeAndTheNextFileIsRead() throws Exception {
    ArticleFileReader capped = new ArticleFileReader("files", Clock.systemUTC(), 1024 * 1024);
    Path bomb = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 64; i++) {
        out.write(zeros); // 64 MiB that compress to about 64 KiB
      }
    }
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "Headline\n" + "word ".repeat(300_000));
    capped.read(bomb, articles, problems);
    capped.read(big, articles, problems);
    capped.read(gzip("ok.txt.gz", "Headline\nBody text."), articles, problems);
    assertEquals(1, articles.size());
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).toString().contains("decompresses to more than 1048576 bytes"), problems.toString());
    assertTrue(problems.get(1).toString().contains("over the limit of 1048576"), problems.toString());
  }

  @Test
  void aGzipThatExpandsFarMoreThanTextDoesIsRefusedByItsRatioLongBeforeTheSizeLimit() throws Exception {
    ArticleFileReader reader = new ArticleFileReader("files", Clock.systemUTC(), 64L * 1024 * 1024, 100);
    Path bomb = dir.resolve("bomb.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 48; i++) {
        out.write(zeros); // 48 MiB, under the size limit, that compress about a thousand times
      }
    }
    // Two MiB of varied text compresses a few times: read, though larger than the 1 MiB floor.
    java.util.Random random = new java.util.Random(5);
    StringBuilder text = new StringBuilder("Headline\n");
    while (text.length() < 2 * 1024 * 1024) {
      text.append(Integer.toString(random.nextInt(1 << 30), 36)).append(' ');
    }
    reader.read(bomb, articles, problems);
    reader.read(gzip("varied.txt.gz", text.toString()), articles, problems);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).toString().contains("decompresses to more than 100 times its")
        && problems.get(0).toString().contains("ingest.max-gzip-ratio"), problems.toString());
    assertEquals(1, articles.size());
  }
}
