package io.mediamon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedConfigReaderTest {
  private final FeedConfigReader reader = new FeedConfigReader();

  @Test
  void readsFeedsWithDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feeds.json");
    Files.writeString(file, """
        {"feeds": [
          {"url": "https://news.example.org/rss", "source": "Example News", "pollInterval": "10m",
           "tags": ["world", "politics"], "fetchFullArticle": false},
          {"url": "http://wire.example.net/atom.xml", "source": "Example Wire"}
        ]}
        """);
    List<FeedConfig> feeds = reader.read(file);
    assertEquals(2, feeds.size());
    FeedConfig first = feeds.get(0);
    assertEquals(URI.create("https://news.example.org/rss"), first.url());
    assertEquals("Example News", first.source());
    assertEquals(Duration.ofMinutes(10), first.pollInterval());
    assertEquals(List.of("world", "politics"), first.tags());
    assertFalse(first.fetchFullArticle());
    FeedConfig second = feeds.get(1);
    assertEquals(FeedConfigReader.DEFAULT_POLL_INTERVAL, second.pollInterval());
    assertEquals(List.of(), second.tags());
    assertTrue(second.fetchFullArticle(), "full-article fetch is on by default");
  }

  @Test
  void readsYaml(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feeds.yaml");
    Files.writeString(file, """
        feeds:
          - url: https://news.example.org/rss
            source: Example News
            pollInterval: PT2M
            tags: [world]
            fetchFullArticle: false
        """);
    assertEquals(List.of(new FeedConfig(URI.create("https://news.example.org/rss"), "Example News",
        Duration.ofMinutes(2), List.of("world"), false)), reader.read(file));
    FeedConfigException e = assertThrows(FeedConfigException.class,
        () -> reader.parse("feeds.yml", "feeds:\n  - source: No Url\n"));
    assertEquals(List.of("feed 'No Url': field 'url' is required (an http or https URL)"), e.problems());
  }

  @Test
  void acceptsIsoDurations() {
    assertEquals(Duration.ofMinutes(90), FeedConfigReader.parseDuration("PT1H30M"));
    assertEquals(Duration.ofSeconds(45), FeedConfigReader.parseDuration("45s"));
    assertEquals(Duration.ofHours(2), FeedConfigReader.parseDuration("2h"));
    assertEquals(null, FeedConfigReader.parseDuration("soon"));
  }

  @Test
  void namesFeedAndFieldOfEveryProblem() {
    FeedConfigException e = assertThrows(FeedConfigException.class, () -> reader.parse("feeds.json", """
        {"feeds": [
          {"url": "ftp://x.example/rss", "source": "Bad Scheme"},
          {"url": "https://ok.example/rss"},
          {"url": "https://y.example/rss", "source": "Too Fast", "pollInterval": "5s"},
          {"url": "https://z.example/rss", "source": "Odd", "pollInterval": "often", "fetchFullArticle": "yes",
           "tags": "world", "colour": "red"}
        ]}
        """));
    assertEquals(List.of(
        "feed 'Bad Scheme': field 'url' must be an absolute http or https URL, got 'ftp://x.example/rss'",
        "feed #2: field 'source' is required (a non-empty string)",
        "feed 'Too Fast': field 'pollInterval' must be at least 30s, got 5s",
        "feed 'Odd': unknown field 'colour' (known: url, source, pollInterval, tags, fetchFullArticle)",
        "feed 'Odd': field 'pollInterval' must look like 30s, 10m, 1h or PT10M, got 'often'",
        "feed 'Odd': field 'tags' must be an array of strings",
        "feed 'Odd': field 'fetchFullArticle' must be true or false"), e.problems());
    assertTrue(e.getMessage().startsWith("feeds.json: "), e.getMessage());
  }

  @Test
  void rejectsDuplicateUrlsAndBadShapes() {
    FeedConfigException dup = assertThrows(FeedConfigException.class, () -> reader.parse("f", """
        {"feeds": [{"url": "https://a.example/rss", "source": "A"}, {"url": "https://a.example/rss", "source": "B"}]}
        """));
    assertEquals(List.of("feed 'B': field 'url' https://a.example/rss is configured twice"), dup.problems());
    assertEquals(List.of("expected an object with a \"feeds\" array"),
        assertThrows(FeedConfigException.class, () -> reader.parse("f", "[]")).problems());
    assertEquals(List.of("\"feeds\" is empty"),
        assertThrows(FeedConfigException.class, () -> reader.parse("f", "{\"feeds\": []}")).problems());
    assertTrue(assertThrows(FeedConfigException.class, () -> reader.parse("f", "{feeds"))
        .problems().get(0).startsWith("not valid JSON"));
  }

  @Test
  void readsAFeedReadersOpmlExportWithItsFoldersAsTags() throws Exception {
    List<FeedConfig> feeds = reader.parse("subscriptions.opml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>My subscriptions</title></head>
          <body>
            <outline text="World">
              <outline type="rss" text="Example World" title="Example World" xmlUrl="https://news.example.org/world.rss"/>
              <outline text="Africa">
                <outline type="rss" text="Example Africa" xmlUrl="https://news.example.org/africa.rss"/>
              </outline>
            </outline>
            <outline type="rss" text="Example Wire" xmlUrl="http://wire.example.net/atom.xml"/>
          </body>
        </opml>
        """);

    assertEquals(3, feeds.size());
    assertEquals("Example World", feeds.get(0).source());
    assertEquals(List.of("world"), feeds.get(0).tags());
    assertEquals(URI.create("https://news.example.org/africa.rss"), feeds.get(1).url());
    assertEquals(List.of("world", "africa"), feeds.get(1).tags());
    assertEquals(List.of(), feeds.get(2).tags());
    assertEquals(FeedConfigReader.DEFAULT_POLL_INTERVAL, feeds.get(2).pollInterval());
    assertTrue(feeds.get(2).fetchFullArticle());
  }

  @Test
  void opmlProblemsNameTheFileAndLineAndADoctypeIsRefused() {
    FeedConfigException broken = assertThrows(FeedConfigException.class, () -> reader.parse("feeds.opml",
        "<opml>\n<body>\n<outline xmlUrl=\"https://a.example/rss\" text=\"A\">\n</body></opml>"));
    assertTrue(broken.getMessage().startsWith("feeds.opml: not valid OPML at line 4"), broken.getMessage());

    FeedConfigException entities = assertThrows(FeedConfigException.class, () -> reader.parse("feeds.opml",
        "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example/rss\"/></body></opml>"));
    assertTrue(entities.getMessage().contains("DOCTYPE"), entities.getMessage());

    FeedConfigException noUrl = assertThrows(FeedConfigException.class, () -> reader.parse("feeds.opml",
        "<opml><body><outline xmlUrl=\"ftp://a.example/rss\" text=\"A\"/></body></opml>"));
    assertTrue(noUrl.getMessage().contains("feed 'A': field 'url' must be an absolute http or https URL"),
        noUrl.getMessage());
  }

  @Test
  void jsonSyntaxErrorsNameTheLine() {
    FeedConfigException e = assertThrows(FeedConfigException.class, () -> reader.parse("feeds.json",
        "{\"feeds\": [\n  {\"url\": \"https://a.example/rss\",\n   \"source\": }\n]}"));
    assertTrue(e.getMessage().startsWith("feeds.json: not valid JSON at line 3"), e.getMessage());
  }
}
