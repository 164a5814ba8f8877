package io.mediamon.ingest.feed;

import io.mediamon.net.PrivateAddressGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.ingest.ArticleIds;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {
  private static final Instant NOW = Instant.parse("2026-03-07T09:00:00Z");
  private final TestHttpServer server;
  private final InMemorySeenArticles seen = new InMemorySeenArticles(1000);
  private final FeedPoller poller = new FeedPoller(
      new SafeFetcher(new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 256 * 1024, 3)),
      new FeedParser(), seen, Clock.fixed(NOW, ZoneOffset.UTC));

  FeedPollerTest() throws IOException {
    server = new TestHttpServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fullArticleFetchUsesThePageHtml() {
    server.serve("/rss", "application/rss+xml",
        FeedSamples.rss20(server.uri("/ferry?utm_source=rss").toString(), server.uri("/budget").toString()));
    server.serve("/ferry", "text/html; charset=UTF-8", "<html><body><p>Full ferry story.</p></body></html>");
    server.serve("/budget", "text/html", "<html><body><p>Full budget story.</p></body></html>");
    FeedPoll poll = poller.poll(feed("/rss", true), null, null);
    assertEquals(FeedPoll.Outcome.FETCHED, poll.outcome());
    assertEquals(List.of(), poll.problems());
    assertEquals(2, poll.articles().size());
    RawArticle ferry = poll.articles().get(0);
    String canonical = server.uri("/ferry").toString();
    assertEquals(canonical, ferry.getUrl(), "tracking parameters are dropped");
    assertEquals(ArticleIds.fromUrl(canonical), ferry.getId());
    assertEquals("Harbour Times", ferry.getSource());
    assertEquals("Ferry service resumes", ferry.getTitle());
    assertEquals(Instant.parse("2026-03-03T08:15:00Z"), ferry.getPublishedAt());
    assertEquals(NOW, ferry.getFetchedAt());
    assertEquals(ContentType.HTML, ferry.getContentType());
    assertEquals("<html><body><p>Full ferry story.</p></body></html>", ferry.getBody());
  }

  @Test
  void anItemLinkIntoThePrivateNetworkIsNotFetchedAndTheFeedsTagsAreKept() {
    int port = server.uri("/").getPort();
    // The feed sits on 127.0.0.1 (the operator's choice); its item points at another loopback name.
    server.serve("/atom", "application/atom+xml", FeedSamples.atom("http://localhost:" + port + "/admin"));
    server.serve("/admin", "text/html", "<html><body><p>internal</p></body></html>");
    FeedPoller guarded = new FeedPoller(new SafeFetcher(FetchLimits.DEFAULT,
        new HostRateLimiter(Duration.ZERO, Clock.systemUTC()), PrivateAddressGuard.publicOnly()), new FeedParser(),
        seen, Clock.fixed(NOW, ZoneOffset.UTC));
    FeedConfig feed = new FeedConfig(server.uri("/atom"), "Coast Wire", Duration.ofMinutes(5),
        List.of("coast", "weather"), true);

    FeedPoll poll = guarded.poll(feed, null, null);

    assertEquals(1, server.requests.get(), "only the feed itself was requested");
    RawArticle storm = poll.articles().get(0);
    assertEquals("Winds up to 100 km/h are expected tonight.", storm.getBody(), "the feed's own text instead");
    assertEquals(List.of("coast", "weather"), storm.getTags());
    assertTrue(poll.problems().get(0).contains("a loopback address"), poll.problems().toString());
  }

  @Test
  void anItemDatedCenturiesAheadKeepsNoDateAndSaysSo() {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Odd date</title>"
        + "<link>" + server.uri("/odd") + "</link><description>Text.</description>"
        + "<pubDate>Fri, 31 Dec 9999 10:00:00 GMT</pubDate></item></channel></rss>";
    server.serve("/rss", "application/rss+xml", rss);
    FeedPoll poll = poller.poll(feed("/rss", false), null, null);
    assertEquals(1, poll.articles().size());
    assertEquals(null, poll.articles().get(0).getPublishedAt(), "goes by its fetch time");
    assertEquals(1, poll.problems().size(), poll.problems().toString());
    assertTrue(poll.problems().get(0).contains("not a plausible publication time"), poll.problems().toString());
  }

  @Test
  void withoutFullFetchTheBodyIsTheItemText() {
    server.serve("/rss", "application/rss+xml",
        FeedSamples.rss20(server.uri("/ferry").toString(), server.uri("/budget").toString()));
    FeedPoll poll = poller.poll(feed("/rss", false), null, null);
    assertEquals(1, server.requests.get(), "no article page was requested");
    assertEquals("<p>The ferry to the island runs again.</p>", poll.articles().get(0).getBody());
    assertEquals(ContentType.HTML, poll.articles().get(0).getContentType());
  }

  @Test
  void failedPageFetchFallsBackToTheItemText() {
    server.serve("/atom", "application/atom+xml", FeedSamples.atom(server.uri("/missing").toString()));
    server.handle("/missing", exchange -> TestHttpServer.respond(exchange, 404, "text/plain", "no".getBytes()));
    FeedPoll poll = poller.poll(feed("/atom", true), null, null);
    RawArticle storm = poll.articles().get(0);
    assertEquals("Winds up to 100 km/h are expected tonight.", storm.getBody());
    assertEquals(ContentType.TEXT, storm.getContentType());
    assertEquals(List.of("item 'Storm warning for the coast': article page not fetched (HTTP 404), using the feed's"
        + " text"), poll.problems());
  }

  @Test
  void nonHtmlArticlePageFallsBackToTheItemText() {
    server.serve("/atom", "application/atom+xml", FeedSamples.atom(server.uri("/report.pdf").toString()));
    server.serve("/report.pdf", "application/pdf", "%PDF-1.7 binary");
    FeedPoll poll = poller.poll(feed("/atom", true), null, null);
    assertEquals("Winds up to 100 km/h are expected tonight.", poll.articles().get(0).getBody());
    assertEquals(List.of("item 'Storm warning for the coast': article page is application/pdf, not HTML, using the"
        + " feed's text"), poll.problems());
  }

  @Test
  void readsRss10() {
    server.serve("/rdf", "application/rdf+xml", FeedSamples.rss10(server.uri("/bridge").toString()));
    FeedPoll poll = poller.poll(feed("/rdf", false), null, null);
    assertEquals("Bridge closed for repairs", poll.articles().get(0).getTitle());
    // RSS 1.0 descriptions are plain text by the spec; ROME reports them so.
    assertEquals(ContentType.TEXT, poll.articles().get(0).getContentType());
  }

  @Test
  void sameArticleInTwoFeedsIsOneRawArticle() {
    String link = server.uri("/storm").toString();
    server.serve("/atom", "application/atom+xml", FeedSamples.atom(link + "#top"));
    server.serve("/rss", "application/rss+xml", FeedSamples.rss20(link + "?utm_medium=feed",
        server.uri("/budget").toString()));
    FeedPoll fromAtom = poller.poll(feed("/atom", false), null, null);
    fromAtom.articles().forEach(a -> seen.markSeen(a.getId()));
    FeedPoll fromRss = poller.poll(feed("/rss", false), null, null);
    assertEquals(ArticleIds.fromUrl(link), fromAtom.articles().get(0).getId());
    assertEquals(1, fromRss.articles().size(), "the storm article was already published from the Atom feed");
    assertEquals("Council approves budget", fromRss.articles().get(0).getTitle());
  }

  @Test
  void conditionalGetGivesNotModified() {
    server.handle("/rss", exchange -> {
      boolean match = "\"abc\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
      exchange.getResponseHeaders().set("ETag", "\"abc\"");
      TestHttpServer.respond(exchange, match ? 304 : 200, "application/rss+xml", match ? new byte[0]
          : FeedSamples.rss20("http://example.test/a", "http://example.test/b").getBytes());
    });
    FeedPoll first = poller.poll(feed("/rss", false), null, null);
    assertEquals("\"abc\"", first.etag());
    FeedPoll second = poller.poll(feed("/rss", false), first.etag(), first.lastModified());
    assertEquals(FeedPoll.Outcome.NOT_MODIFIED, second.outcome());
    assertEquals(List.of(), second.articles());
    assertEquals("\"abc\"", second.etag());
  }

  @Test
  void xxeFeedFailsWithoutLeakingTheFile(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT-4711");
    server.serve("/xxe", "application/rss+xml", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
        <rss version="2.0"><channel><title>t</title><link>http://example.test/</link><description>d</description>
        <item><title>&xxe;</title><link>http://example.test/x</link><description>&xxe;</description></item>
        </channel></rss>
        """.formatted(secret.toUri()));
    FeedPoll poll = poller.poll(feed("/xxe", false), null, null);
    assertEquals(FeedPoll.Outcome.FAILED, poll.outcome());
    assertEquals(List.of(), poll.articles());
    assertFalse(poll.toString().contains("TOP-SECRET"), poll.toString());
    assertTrue(poll.failure().contains("DOCTYPE"), poll.failure());
  }

  @Test
  void malformedFeedAndServerErrorFailTheFeed() {
    server.serve("/bad", "application/rss+xml", "<rss version=\"2.0\"><channel><item>");
    server.handle("/down", exchange -> TestHttpServer.respond(exchange, 500, "text/plain", "x".getBytes()));
    FeedPoll bad = poller.poll(feed("/bad", false), "\"e\"", null);
    assertEquals(FeedPoll.Outcome.FAILED, bad.outcome());
    assertTrue(bad.failure().startsWith("not a valid RSS or Atom feed"), bad.failure());
    assertEquals("\"e\"", bad.etag(), "a failed poll keeps the previous validators");
    FeedPoll down = poller.poll(feed("/down", false), null, null);
    assertEquals("HTTP 500", down.failure());
  }

  @Test
  void itemWithoutLinkGetsContentId() {
    server.serve("/nolink", "application/rss+xml", """
        <rss version="2.0"><channel><title>t</title><link>http://example.test/</link><description>d</description>
        <item><title>Notice</title><description>Road works on Main Street.</description></item>
        <item><title>Empty</title></item>
        </channel></rss>
        """);
    FeedPoll poll = poller.poll(feed("/nolink", true), null, null);
    assertEquals(1, poll.articles().size());
    RawArticle notice = poll.articles().get(0);
    assertEquals(ArticleIds.fromContent("Notice", "Road works on Main Street."), notice.getId());
    assertNull(notice.getUrl());
    assertEquals(List.of("item 'Empty': neither a link nor content"), poll.problems());
  }

  private FeedConfig feed(String path, boolean full) {
    return new FeedConfig(server.uri(path), path.equals("/atom") ? "Coast Wire" : "Harbour Times",
        Duration.ofMinutes(5), List.of("test"), full);
  }
}
