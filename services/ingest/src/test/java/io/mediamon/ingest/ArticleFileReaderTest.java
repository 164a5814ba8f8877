package io.mediamon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {
  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  @TempDir
  Path dir;

  private final ArticleFileReader reader = new ArticleFileReader("files", Clock.fixed(NOW, ZoneOffset.UTC));
  private final List<RawArticle> articles = new ArrayList<>();
  private final List<IngestProblem> problems = new ArrayList<>();

  @Test
  void textFileHeadlineIsTheFirstNonEmptyLine() throws Exception {
    read("a.txt", "\n\nIran Launches Talks\n\nFirst paragraph.\n\nSecond.\n");
    RawArticle a = articles.get(0);
    assertEquals("Iran Launches Talks", a.getTitle());
    assertEquals("First paragraph.\n\nSecond.", a.getBody());
    assertEquals(ContentType.TEXT, a.getContentType());
    assertEquals("files", a.getSource());
    assertEquals(NOW, a.getFetchedAt());
    assertNull(a.getUrl());
    assertTrue(a.getId().startsWith("c-"));
  }

  @Test
  void sameTextTwiceHasTheSameId() throws Exception {
    read("a.txt", "Title\nBody");
    read("b.txt", "Title\n\nBody\n");
    assertEquals(articles.get(0).getId(), articles.get(1).getId());
  }

  @Test
  void htmlKeepsMarkupAndLeavesTheHeadlineToTheExtractor() throws Exception {
    read("a.html", "<html><head><title> Talks \n in Kabul | Site</title></head><body><p>Text</p></body></html>");
    assertNull(articles.get(0).getTitle());
    assertTrue(articles.get(0).getBody().contains("<title>"));
    assertEquals(ContentType.HTML, articles.get(0).getContentType());
  }

  @Test
  void jsonLinesReportBadLinesByNumberAndKeepTheRest() throws Exception {
    read("a.jsonl", """
        {"url": "https://example.org/1?utm_source=x", "title": "One", "body": "Body one", "publishedAt": "2018-12-26T10:00:00Z", "source": "Example"}
        {"title": "no body"}
        not json

        {"url": "https://example.org/2", "html": "<p>Two</p>", "publishedAt": "yesterday"}
        {"url": "https://example.org/3", "html": "<p>Three</p>"}
        """);
    assertEquals(2, articles.size());
    assertEquals("https://example.org/1", articles.get(0).getUrl());
    assertEquals("Example", articles.get(0).getSource());
    assertEquals(Instant.parse("2018-12-26T10:00:00Z"), articles.get(0).getPublishedAt());
    assertEquals(ContentType.HTML, articles.get(1).getContentType());
    assertEquals(List.of(2, 3, 5), problems.stream().map(IngestProblem::line).toList());
    assertEquals("missing field: body or html", problems.get(0).reason());
    assertTrue(problems.get(2).reason().contains("yesterday"), problems.get(2).reason());
  }

  @Test
  void jsonTagsAreNormalizedAndBadTagsAreALineProblem() throws Exception {
    read("t.jsonl", """
        {"title": "A", "body": "a", "tags": ["World ", "world", "Elections"]}
        {"title": "B", "body": "b", "tags": "world"}
        {"title": "C", "body": "c", "tags": ["ok", 7]}
        {"title": "D", "body": "d", "tags": []}
        """);
    assertEquals(List.of("world", "elections"), articles.get(0).getTags());
    assertNull(articles.get(1).getTags(), "an empty list is no tags");
    assertEquals(List.of(2, 3), problems.stream().map(IngestProblem::line).toList());
    assertEquals("field tags must be an array of strings", problems.get(0).reason());
  }

  @Test
  void jsonArrayGivesOneArticlePerElement() throws Exception {
    read("a.json", "[{\"title\":\"A\",\"body\":\"a\"},{\"title\":\"B\",\"body\":\"b\"}]");
    assertEquals(List.of("A", "B"), articles.stream().map(RawArticle::getTitle).toList());
  }

  @Test
  void emptyBinaryAndNonUtf8FilesAreProblemsNotCrashes() throws Exception {
    read("empty.txt", "   \n");
    Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 1, 2});
    reader.read(dir.resolve("bin.txt"), articles, problems);
    Files.write(dir.resolve("latin1.txt"), new byte[] {'T', '\n', (byte) 0xE9, 't', (byte) 0xE9});
    reader.read(dir.resolve("latin1.txt"), articles, problems);
    assertTrue(articles.isEmpty());
    assertEquals(List.of("empty file", "binary content (NUL bytes), not an article", "not UTF-8 text"),
        problems.stream().map(IngestProblem::reason).toList());
  }

  private void read(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    reader.read(file, articles, problems);
  }

  @Test
  void publicationTimesFarInTheFutureOrBefore1900AreRefusedWithTheReason() throws Exception {
    Path file = dir.resolve("dates.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"url\": \"https://example.org/1\", \"body\": \"One\", \"publishedAt\": \"9999-12-31T00:00:00Z\"}",
        "{\"url\": \"https://example.org/2\", \"body\": \"Two\", \"publishedAt\": \"1066-10-14T09:00:00Z\"}",
        "{\"url\": \"https://example.org/3\", \"body\": \"Three\", \"publishedAt\": \"" + NOW.minusSeconds(60) + "\"}"));
    List<RawArticle> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    reader.read(file, articles, problems);
    assertEquals(1, articles.size());
    assertEquals(NOW.minusSeconds(60), articles.get(0).getPublishedAt());
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).toString().contains("not a plausible publication time"), problems.toString());
  }
}
