package io.mediamon.evaluation.stories;

import io.mediamon.evaluation.AnnotatedSet;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.ArticleIds;
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
 * @param groupByArticleId the group of each article's gold story for {@link #half}: the {@code topic} column when the
 *     file has one (ECB+: a topic holds two happenings of one kind, which must stay in the same half), else the story
 * @param skipped the articles left out, each with its file (and line, for a line that is no article) and why: a line
 *     that is no article, an article without a URL or a row in gold.tsv, a second one under one URL; the others are
 *     measured, and the report says so
 */
public record GoldStories(Path dir, List<RawArticle> articles, Map<String, String> goldByArticleId,
    Map<String, String> groupByArticleId, List<String> skipped) {
  /** The fetch time the eval articles are read at: they carry no date, so they all report at once. */
  static final Instant READ_AT = Instant.parse("2026-01-05T08:00:00Z");

  /** What makes a directory a set of annotated stories, and the development set's name in the eval directory. */
  public static final AnnotatedSet LAYOUT = new AnnotatedSet("ecbplus-dev", List.of("articles.jsonl", "gold.tsv"));

  /**
   * Reads the annotated stories in {@code dir}: the directory itself, its {@code ecbplus-dev}, or the one directory in
   * it of that layout (held-out topics, {@code ecbplus-test}), see {@link AnnotatedSet#locate}.
   */
  public static GoldStories read(Path dir) throws IOException {
    Path data = LAYOUT.locate(dir);
    Path articlesFile = data.resolve("articles.jsonl");
    Path goldFile = data.resolve("gold.tsv");
    List<String> goldLines = Files.readAllLines(goldFile, StandardCharsets.UTF_8);
    Map<String, String> goldByUrl = readGold(goldFile, goldLines, false);
    Map<String, String> groupByUrl = readGold(goldFile, goldLines, true);
    List<RawArticle> read = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    new ArticleFileReader("eval", Clock.fixed(READ_AT, ZoneOffset.UTC)).read(articlesFile, read, problems);
    List<String> skipped = new ArrayList<>(problems.stream().map(IngestProblem::toString).toList());
    List<RawArticle> articles = new ArrayList<>();
    Map<String, String> goldById = new LinkedHashMap<>();
    Map<String, String> groupById = new LinkedHashMap<>();
    for (RawArticle a : read) {
      String gold = a.getUrl() == null ? null : goldByUrl.get(a.getUrl());
      if (gold == null || goldById.containsKey(a.getId())) {
        skipped.add(articlesFile + ": " + (a.getUrl() == null ? "an article without a url"
            : gold == null ? a.getUrl() + " has no row in gold.tsv" : a.getUrl() + " is there twice"));
        continue;
      }
      articles.add(a);
      goldById.put(a.getId(), gold);
      groupById.put(a.getId(), groupByUrl.get(a.getUrl()));
    }
    if (articles.isEmpty()) {
      throw new IOException("no article of " + articlesFile + " can be measured against " + goldFile
          + (skipped.isEmpty() ? "" : ": " + skipped.get(0)));
    }
    return new GoldStories(data, articles, goldById, groupById, List.copyOf(skipped));
  }

  /**
   * Half of the annotated stories, for tuning on one half and checking on the other: the groups (topics) sorted
   * (numbers by value), the 1st, 3rd, 5th ... in half 1, the others in half 2.
   */
  public GoldStories half(int which) {
    return part(which, 2);
  }

  /**
   * The {@code which}-th of {@code parts} parts of the annotated stories, whole groups (topics): sorted (numbers by
   * value), every {@code parts}-th from the {@code which}-th. A quarter of ECB+'s development topics is about the
   * size of a held-out set of ten topics, whose rarer words and names are counted over fewer articles.
   */
  public GoldStories part(int which, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("the number of parts must be 1 or more, got " + parts);
    }
    if (which < 1 || which > parts) {
      throw new IllegalArgumentException("the part must be 1 to " + parts + ", got " + which);
    }
    List<String> groups = groupByArticleId.values().stream().distinct().sorted(GoldStories::compareGroups).toList();
    if (parts > groups.size()) {
      throw new IllegalArgumentException(parts + " parts of " + groups.size() + " topics would leave some empty");
    }
    java.util.Set<String> kept = new java.util.HashSet<>();
    for (int i = which - 1; i < groups.size(); i += parts) {
      kept.add(groups.get(i));
    }
    List<RawArticle> keptArticles = articles.stream().filter(a -> kept.contains(groupByArticleId.get(a.getId())))
        .toList();
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> group = new LinkedHashMap<>();
    keptArticles.forEach(a -> {
      gold.put(a.getId(), goldByArticleId.get(a.getId()));
      group.put(a.getId(), groupByArticleId.get(a.getId()));
    });
    return new GoldStories(dir, keptArticles, gold, group, skipped);
  }

  private static int compareGroups(String a, String b) {
    boolean numbers = a.matches("\\d{1,9}") && b.matches("\\d{1,9}");
    return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
  }

  /** The URL as the articles' reader gives it (ingest canonicalises it), or as written when it is none. */
  private static String canonical(String url) {
    try {
      return ArticleIds.canonicalUrl(url);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** url → the story column, or with {@code group} the topic column (the story column when there is none). */
  private static Map<String, String> readGold(Path file, List<String> lines, boolean group) throws IOException {
    if (lines.isEmpty()) {
      throw new IOException(file + " is empty");
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int url = header.indexOf("url");
    int story = header.contains("subtopic") ? header.indexOf("subtopic")
        : header.contains("story") ? header.indexOf("story") : header.size() - 1;
    if (group && header.contains("topic")) {
      story = header.indexOf("topic");
    }
    if (url < 0) {
      throw new IOException(file + ": the header names no 'url' column");
    }
    Map<String, String> gold = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cells = lines.get(i).split("\t", -1);
      if (cells.length <= Math.max(url, story) || cells[story].isBlank()) {
        throw new IOException(file + " line " + (i + 1) + ": no '" + header.get(story) + "' cell");
      }
      gold.put(canonical(cells[url]), cells[story]);
    }
    return gold;
  }
}
