package io.mediamon.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mediamon.ingest.ArticleTags;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the feed list from a JSON file, a YAML file when the name ends in .yaml or .yml, or an OPML file (a feed
 * reader's export, see {@link OpmlFeeds}) when it ends in .opml:
 *
 * <pre>{"feeds": [{"url": "https://example.org/rss", "source": "Example", "pollInterval": "10m",
 *             "tags": ["world"], "fetchFullArticle": true}]}</pre>
 *
 * <p>{@code pollInterval} is {@code <n>s}, {@code <n>m}, {@code <n>h} or an ISO-8601 duration (default 15m, at least
 * 30s so one host is not hammered); {@code tags} defaults to none; {@code fetchFullArticle} defaults to true. All
 * problems of the file are collected, each naming the feed (its source, or its position) and the field.
 */
public final class FeedConfigReader {
  static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);
  static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(30);
  private static final List<String> FIELDS = List.of("url", "source", "pollInterval", "tags", "fetchFullArticle");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*([smh])");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  public List<FeedConfig> read(Path file) throws IOException, FeedConfigException {
    return parse(file.toString(), Files.readString(file));
  }

  /** {@code fileName} picks the format (YAML for .yaml/.yml, else JSON) and prefixes every problem. */
  public List<FeedConfig> parse(String fileName, String text) throws FeedConfigException {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
    JsonNode root;
    if (lower.endsWith(".opml")) {
      root = OpmlFeeds.toFeedList(fileName, text);
    } else {
      try {
        root = (yaml ? YAML : JSON).readTree(text);
      } catch (JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
            + e.getLocation().getColumnNr();
        throw new FeedConfigException(fileName, List.of("not valid " + (yaml ? "YAML" : "JSON") + where + ": "
            + e.getOriginalMessage()));
      }
    }
    if (root == null || !root.isObject() || !root.path("feeds").isArray()) {
      throw new FeedConfigException(fileName, List.of("expected an object with a \"feeds\" array"));
    }
    List<String> problems = new ArrayList<>();
    List<FeedConfig> feeds = new ArrayList<>();
    Set<URI> urls = new HashSet<>();
    int index = 0;
    for (JsonNode node : root.get("feeds")) {
      index++;
      FeedConfig feed = parseFeed(node, index, problems);
      if (feed != null && !urls.add(feed.url())) {
        problems.add("feed '" + feed.source() + "': field 'url' " + feed.url() + " is configured twice");
      } else if (feed != null) {
        feeds.add(feed);
      }
    }
    if (feeds.isEmpty() && problems.isEmpty()) {
      problems.add("\"feeds\" is empty");
    }
    if (!problems.isEmpty()) {
      throw new FeedConfigException(fileName, problems);
    }
    return List.copyOf(feeds);
  }

  private static FeedConfig parseFeed(JsonNode node, int index, List<String> problems) {
    if (!node.isObject()) {
      problems.add("feed #" + index + ": expected an object");
      return null;
    }
    String source = node.path("source").isTextual() && !node.path("source").asText().isBlank()
        ? node.path("source").asText().trim() : null;
    String name = source != null ? "feed '" + source + "'" : "feed #" + index;
    int before = problems.size();
    if (source == null) {
      problems.add(name + ": field 'source' is required (a non-empty string)");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!FIELDS.contains(field)) {
        problems.add(name + ": unknown field '" + field + "' (known: " + String.join(", ", FIELDS) + ")");
      }
    }
    URI url = null;
    if (!node.path("url").isTextual()) {
      problems.add(name + ": field 'url' is required (an http or https URL)");
    } else {
      try {
        url = new URI(node.get("url").asText().trim());
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
          problems.add(name + ": field 'url' must be an absolute http or https URL, got '" + url + "'");
        }
      } catch (URISyntaxException e) {
        problems.add(name + ": field 'url' is not a valid URL (" + e.getReason() + ")");
      }
    }
    Duration interval = DEFAULT_POLL_INTERVAL;
    if (node.has("pollInterval")) {
      interval = parseDuration(node.get("pollInterval").asText());
      if (interval == null) {
        problems.add(name + ": field 'pollInterval' must look like 30s, 10m, 1h or PT10M, got '"
            + node.get("pollInterval").asText() + "'");
      } else if (interval.compareTo(MIN_POLL_INTERVAL) < 0) {
        problems.add(name + ": field 'pollInterval' must be at least 30s, got " + interval.toSeconds() + "s");
      }
    }
    List<String> tags = new ArrayList<>();
    if (node.has("tags")) {
      if (!node.get("tags").isArray()) {
        problems.add(name + ": field 'tags' must be an array of strings");
      } else {
        for (JsonNode tag : node.get("tags")) {
          if (!tag.isTextual() || tag.asText().isBlank()) {
            problems.add(name + ": field 'tags' must contain only non-empty strings");
            break;
          }
          tags.add(tag.asText().trim());
        }
        try {
          List<String> normalized = ArticleTags.normalize(tags);
          tags = normalized == null ? List.of() : normalized;
        } catch (IllegalArgumentException e) {
          problems.add(name + ": field 'tags': " + e.getMessage());
        }
      }
    }
    boolean full = true;
    if (node.has("fetchFullArticle")) {
      if (!node.get("fetchFullArticle").isBoolean()) {
        problems.add(name + ": field 'fetchFullArticle' must be true or false");
      } else {
        full = node.get("fetchFullArticle").asBoolean();
      }
    }
    return problems.size() == before ? new FeedConfig(url, source, interval, tags, full) : null;
  }

  static Duration parseDuration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      return Duration.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
