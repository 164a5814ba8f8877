package io.mediamon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();

  @Test
  void readsRss20() throws Exception {
    List<FeedItem> items = parser.parse(bytes(FeedSamples.rss20("http://example.test/a", "http://example.test/b")));
    assertEquals(2, items.size());
    FeedItem first = items.get(0);
    assertEquals("Ferry service resumes", first.title());
    assertEquals("http://example.test/a", first.link());
    assertEquals(Instant.parse("2026-03-03T08:15:00Z"), first.publishedAt());
    assertEquals("<p>The ferry to the island runs again.</p>", first.content());
    assertTrue(first.contentIsHtml());
  }

  @Test
  void readsRss10() throws Exception {
    List<FeedItem> items = parser.parse(bytes(FeedSamples.rss10("http://example.test/bridge")));
    assertEquals(1, items.size());
    assertEquals("Bridge closed for repairs", items.get(0).title());
    assertEquals("http://example.test/bridge", items.get(0).link());
    assertEquals(Instant.parse("2026-03-05T10:30:00Z"), items.get(0).publishedAt());
    assertEquals("The old bridge is closed until May.", items.get(0).content());
  }

  @Test
  void readsAtom() throws Exception {
    List<FeedItem> items = parser.parse(bytes(FeedSamples.atom("http://example.test/storm")));
    assertEquals(1, items.size());
    FeedItem item = items.get(0);
    assertEquals("Storm warning for the coast", item.title());
    assertEquals("http://example.test/storm", item.link());
    assertEquals(Instant.parse("2026-03-06T11:45:00Z"), item.publishedAt());
    assertEquals("Winds up to 100 km/h are expected tonight.", item.content());
    assertFalse(item.contentIsHtml());
  }

  @Test
  void rejectsMalformedXml() {
    FeedParseException e = assertThrows(FeedParseException.class,
        () -> parser.parse(bytes("<rss version=\"2.0\"><channel><item><title>unclosed</channel></rss>")));
    assertTrue(e.getMessage().startsWith("not a valid RSS or Atom feed"), e.getMessage());
  }

  @Test
  void rejectsXmlThatIsNoFeed() {
    assertThrows(FeedParseException.class, () -> parser.parse(bytes("<html><body>hello</body></html>")));
  }

  @Test
  void refusesExternalEntitiesWithoutReadingTheFile(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT-4711");
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
        <rss version="2.0"><channel><title>t</title><link>http://example.test/</link><description>d</description>
        <item><title>&xxe;</title><link>http://example.test/x</link><description>&xxe;</description></item>
        </channel></rss>
        """.formatted(secret.toUri());
    FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(bytes(xxe)));
    assertFalse(fullText(e).contains("TOP-SECRET"), "the file's content leaked: " + fullText(e));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void refusesBillionLaughsFast() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lololololololololololololololol\">");
    for (int i = 1; i <= 12; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd + "]>"
        + "<rss version=\"2.0\"><channel><title>&lol12;</title><link>http://example.test/</link>"
        + "<description>d</description></channel></rss>";
    assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> assertThrows(FeedParseException.class, () -> parser.parse(bytes(bomb))));
  }

  private static String fullText(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      all.append(c).append('\n');
    }
    return all.toString();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
