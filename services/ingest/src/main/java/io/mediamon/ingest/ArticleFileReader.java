package io.mediamon.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads article files: .txt (first non-empty line is the headline), .html, .json (an object or an array) and
 * .jsonl (an object per line; fields url, title, body or html, publishedAt, source), each also gzipped (name.gz).
 * A bad file or line becomes an {@link IngestProblem}; the rest of the input is still read.
 */
public final class ArticleFileReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Default of {@code ingest.max-file-bytes}. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

  private final String defaultSource;
  private final Clock clock;
  private final long maxFileBytes;

  static final int DEFAULT_MAX_GZIP_RATIO = 100;
  private static final long GZIP_RATIO_FLOOR = 1 << 20;
  private final int maxGzipRatio;

  public ArticleFileReader(String defaultSource, Clock clock) {
    this(defaultSource, clock, DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * @param maxFileBytes largest file read, after gzip decompression: a 4 MB gzip can hold a gigabyte of zeros, and
   *     a whole file is held in memory while its articles are read
   */
  public ArticleFileReader(String defaultSource, Clock clock, long maxFileBytes) {
    this(defaultSource, clock, maxFileBytes, DEFAULT_MAX_GZIP_RATIO);
  }

  /**
   * @param maxGzipRatio how many times its own size a gzip file may decompress to (above a floor of 1 MiB): text
   *     compresses some 3 to 20 times; a file that expands hundreds of times is a compression bomb, refused as soon
   *     as it passes the ratio instead of after the whole size limit has been inflated
   */
  public ArticleFileReader(String defaultSource, Clock clock, long maxFileBytes, int maxGzipRatio) {
    this.defaultSource = defaultSource;
    this.clock = clock;
    this.maxFileBytes = maxFileBytes;
    this.maxGzipRatio = maxGzipRatio;
  }

  /** A reader with the ingest.max-file-bytes and ingest.max-gzip-ratio limits. */
  public static ArticleFileReader fromSettings(String defaultSource, Clock clock,
      io.mediamon.config.MediamonConfig config) {
    return new ArticleFileReader(defaultSource, clock,
        config.getInt(io.mediamon.config.Setting.INGEST_MAX_FILE_BYTES),
        config.getInt(io.mediamon.config.Setting.INGEST_MAX_GZIP_RATIO));
  }

  public static boolean isSupported(Path file) {
    String name = formatName(file);
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".json")
        || name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /** Reads one file; articles go to {@code articles}, problems to {@code problems}. */
  public void read(Path file, List<RawArticle> articles, List<IngestProblem> problems) {
    String name = formatName(file);
    String text;
    try {
      text = decodeUtf8(readBytes(file));
    } catch (java.util.zip.ZipException e) {
      problems.add(new IngestProblem(file, 0, "not a valid gzip file: " + e.getMessage()));
      return;
    } catch (FileTooLargeException e) {
      problems.add(new IngestProblem(file, 0, e.getMessage()));
      return;
    } catch (CharacterCodingException e) {
      problems.add(new IngestProblem(file, 0, "not UTF-8 text"));
      return;
    } catch (IOException e) {
      problems.add(new IngestProblem(file, 0, "cannot read: " + e.getMessage()));
      return;
    }
    if (text.indexOf('\0') >= 0) {
      problems.add(new IngestProblem(file, 0, "binary content (NUL bytes), not an article"));
      return;
    }
    try {
      if (name.endsWith(".txt")) {
        articles.add(fromText(text));
      } else if (name.endsWith(".html") || name.endsWith(".htm")) {
        articles.add(fromHtml(text, null));
      } else if (name.endsWith(".json")) {
        readJson(file, text, articles, problems);
      } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        readJsonLines(file, text, articles, problems);
      } else {
        problems.add(new IngestProblem(file, 0, "unsupported file type (use .txt, .html, .json or .jsonl, optionally .gz)"));
      }
    } catch (IllegalArgumentException e) {
      problems.add(new IngestProblem(file, 0, e.getMessage()));
    }
  }

  RawArticle fromText(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("empty file");
    }
    int newline = trimmed.indexOf('\n');
    String title = newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    String body = newline < 0 ? "" : trimmed.substring(newline + 1).strip();
    if (body.isEmpty()) {
      throw new IllegalArgumentException("only a headline, no body");
    }
    return article(null, title, body, ContentType.TEXT, null, null);
  }

  /**
   * The title is left to the extractor, which reads the page's headline from JSON-LD or meta tags; a page's
   * {@code <title>} is often "Headline | Site name".
   */
  RawArticle fromHtml(String html, String url) {
    return article(url, null, html, ContentType.HTML, null, null);
  }

  private void readJson(Path file, String text, List<RawArticle> articles, List<IngestProblem> problems) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      problems.add(new IngestProblem(file, 0, "invalid JSON: " + e.getMessage().split("\n")[0]));
      return;
    }
    if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        addFromJson(file, i + 1, root.get(i), articles, problems);
      }
    } else {
      addFromJson(file, 0, root, articles, problems);
    }
  }

  private void readJsonLines(Path file, String text, List<RawArticle> articles, List<IngestProblem> problems) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        addFromJson(file, i + 1, JSON.readTree(lines[i]), articles, problems);
      } catch (IOException e) {
        problems.add(new IngestProblem(file, i + 1, "invalid JSON: " + e.getMessage().split("\n")[0]));
      }
    }
  }

  private void addFromJson(Path file, int line, JsonNode node, List<RawArticle> articles,
      List<IngestProblem> problems) {
    try {
      articles.add(fromJson(node));
    } catch (IllegalArgumentException e) {
      problems.add(new IngestProblem(file, line, e.getMessage()));
    }
  }

  /** One JSON article: url, title, body or html, publishedAt (ISO-8601), source, tags (array of strings). */
  public RawArticle fromJson(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object with url, title, body or html, publishedAt, source");
    }
    String url = text(node, "url");
    String body = text(node, "body");
    String html = text(node, "html");
    if ((body == null || body.isBlank()) && (html == null || html.isBlank())) {
      throw new IllegalArgumentException("missing field: body or html");
    }
    Instant published = null;
    String publishedAt = text(node, "publishedAt");
    if (publishedAt != null) {
      try {
        published = OffsetDateTime.parse(publishedAt).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("publishedAt '" + publishedAt
            + "' is not an ISO-8601 date-time with offset (e.g. 2018-12-26T10:00:00Z)");
      }
      String implausible = PublicationTime.implausibility(published, clock.instant());
      if (implausible != null) {
        throw new IllegalArgumentException("publishedAt " + implausible);
      }
    }
    if (url != null) {
      ArticleIds.canonicalUrl(url); // validates, with a message naming the URL
    }
    boolean isHtml = body == null || body.isBlank();
    return article(url, text(node, "title"), isHtml ? html : body, isHtml ? ContentType.HTML : ContentType.TEXT,
        published, text(node, "source"), ArticleTags.normalize(stringList(node, "tags")));
  }

  private RawArticle article(String url, String title, String body, ContentType type, Instant published,
      String source) {
    return article(url, title, body, type, published, source, null);
  }

  private RawArticle article(String url, String title, String body, ContentType type, Instant published,
      String source, List<String> tags) {
    String id = url != null ? ArticleIds.fromUrl(url) : ArticleIds.fromContent(title, body);
    return RawArticle.newBuilder()
        .setId(id)
        .setUrl(url == null ? null : ArticleIds.canonicalUrl(url))
        .setSource(source == null || source.isBlank() ? defaultSource : source)
        .setTitle(title)
        .setBody(body)
        .setContentType(type)
        .setPublishedAt(published)
        .setFetchedAt(clock.instant())
        .setTags(tags)
        .build();
  }

  /** An optional array of strings; null when the field is absent or null. */
  private static List<String> stringList(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException("field " + field + " must be an array of strings");
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw new IllegalArgumentException("field " + field + " must be an array of strings, found " + element);
      }
      strings.add(element.asText());
    }
    return strings;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field " + field + " must be a string");
    }
    return value.asText();
  }

  /** The lower-case file name without a trailing .gz: the format of the content. */
  private static String formatName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  private byte[] readBytes(Path file) throws IOException {
    boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    if (!gzip && Files.size(file) > maxFileBytes) {
      throw new FileTooLargeException("file is " + Files.size(file) + " bytes, over the limit of " + maxFileBytes
          + " (ingest.max-file-bytes); split it");
    }
    long compressed = gzip ? Files.size(file) : 0;
    long ratioLimit = gzip ? Math.max(GZIP_RATIO_FLOOR, compressed * (long) maxGzipRatio) : Long.MAX_VALUE;
    long limit = Math.min(maxFileBytes, ratioLimit);
    try (java.io.InputStream in = gzip ? new java.util.zip.GZIPInputStream(Files.newInputStream(file))
        : Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit && limit == ratioLimit && ratioLimit < maxFileBytes) {
        throw new FileTooLargeException("decompresses to more than " + maxGzipRatio + " times its " + compressed
            + " bytes (ingest.max-gzip-ratio): a compression bomb, or split it");
      }
      if (bytes.length > limit) {
        throw new FileTooLargeException("decompresses to more than " + maxFileBytes
            + " bytes (ingest.max-file-bytes); split it");
      }
      return bytes;
    }
  }

  /** A file over {@code ingest.max-file-bytes}: refused whole, with its size. */
  private static final class FileTooLargeException extends IOException {
    FileTooLargeException(String message) {
      super(message);
    }
  }

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }
}
