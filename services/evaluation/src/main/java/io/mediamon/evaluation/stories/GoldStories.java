package io.mediamon.evaluation.stories;

import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.IngestProblem;
import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Annotated stories: {@code articles.jsonl} (url, title, body, optional publishedAt and source, as
 * {@code mediamon ingest files} reads them) and {@code gold.tsv} (a header row naming at least {@code url} and the
 * story column, {@code subtopic} in ECB+; one row per article). Articles are read by ingest's own reader, so they get
 * the ids and fields the pipeline would give them.
 *
 * @param articles in the file's order
 * @param goldByArticleId the gold story of each article
 */
public record GoldStories(Path dir, List<RawArticle> articles, Map<String, String> goldByArticleId) {
  /** The fetch time the eval articles are read at: they carry no date, so they all report at once. */
  static final Instant READ_AT = Instant.parse("2026-01-05T08:00:00Z");

  /** Reads {@code dir} itself, or {@code dir/ecbplus-dev} when {@code dir} is the whole eval directory. */
  public static GoldStories read(Path dir) throws IOException {
    Path data = Files.isRegularFile(dir.resolve("gold.tsv")) ? dir : dir.resolve("ecbplus-dev");
    Path articlesFile = data.resolve("articles.jsonl");
    Path goldFile = data.resolve("gold.tsv");
    if (!Files.isRegularFile(articlesFile) || !Files.isRegularFile(goldFile)) {
      throw new IOException("no articles.jsonl and gold.tsv in " + data);
    }
    Map<String, String> goldByUrl = readGold(goldFile);
    List<RawArticle> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    new ArticleFileReader("eval", Clock.fixed(READ_AT, ZoneOffset.UTC)).read(articlesFile, articles, problems);
    if (!problems.isEmpty()) {
      throw new IOException("cannot read " + articlesFile + ": " + problems.get(0).reason() + " (line "
          + problems.get(0).line() + ")");
    }
    Map<String, String> goldById = new LinkedHashMap<>();
    for (RawArticle a : articles) {
      String gold = goldByUrl.get(a.getUrl());
      if (gold == null) {
        throw new IOException("article " + a.getUrl() + " has no row in " + goldFile);
      }
      goldById.put(a.getId(), gold);
    }
    return new GoldStories(data, articles, goldById);
  }

  private static Map<String, String> readGold(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(file + " is empty");
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int url = header.indexOf("url");
    int story = header.contains("subtopic") ? header.indexOf("subtopic")
        : header.contains("story") ? header.indexOf("story") : header.size() - 1;
    if (url < 0) {
      throw new IOException(file + ": the header names no 'url' column");
    }
    Map<String, String> gold = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t");
      gold.put(cells[url], cells[story]);
    }
    return gold;
  }
}
