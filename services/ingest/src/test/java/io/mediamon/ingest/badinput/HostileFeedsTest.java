package io.mediamon.ingest.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.mediamon.ingest.feed.FeedBackoff;
import io.mediamon.ingest.feed.FeedConfig;
import io.mediamon.ingest.feed.FeedHealth;
import io.mediamon.ingest.feed.FeedIngest;
import io.mediamon.ingest.feed.FeedParser;
import io.mediamon.ingest.feed.FeedPoller;
import io.mediamon.ingest.feed.FeedSamples;
import io.mediamon.ingest.feed.FetchLimits;
import io.mediamon.ingest.feed.HostRateLimiter;
import io.mediamon.ingest.feed.InMemorySeenArticles;
import io.mediamon.ingest.feed.ManualClock;
import io.mediamon.net.PrivateAddressGuard;
import io.mediamon.ingest.feed.SafeFetcher;
import io.mediamon.ingest.feed.TestHttpServer;
import io.mediamon.schema.RawArticle;
import io.mediamon.testing.Stderr;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One class of hostile or broken feed each, polled by the real feed ingest (real fetcher with the address guard on,
 * i.e. {@code ingest.feeds.allow-private-addresses} off; real parser) from a local HTTP server, in one round with a
 * good feed. The hostile feed either fails with a reason (its health says why, and a log line does) or loses just
 * the bad item with a log line naming why; nothing crashes, nothing hostile is published, the good items are
 * published, and once only (a second round publishes nothing again).
 */
class HostileFeedsTest {
  private static final Duration INTERVAL = Duration.ofMinutes(5);
  private static final long CAP = FetchLimits.DEFAULT.maxBytes(); // 5 MiB
  /** The default bounds, but a short read timeout so the hanging-server cases take a second, not thirty. */
  private static final FetchLimits LIMITS = new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(700), CAP,
      FetchLimits.DEFAULT.maxRedirects());
  /** In every byte the hostile side serves that must never be published. */
  private static final String MARKER = "HOSTILE-CONTENT";
  private static final String GOOD_FEED_TITLE = "Storm warning for the coast";

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-07T09:00:00Z"));
  private final TestHttpServer server;
  private final CountDownLatch release = new CountDownLatch(1);

  HostileFeedsTest() throws IOException {
    server = new TestHttpServer();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  /** Installs the hostile side on the server and returns the hostile feed's URL. */
  interface Setup {
    URI install(TestHttpServer server, CountDownLatch release) throws Exception;
  }

  /**
   * A hostile feed. {@code failure}: what the feed's failure must say, or null when the feed itself is fine;
   * {@code problem}: what the log line about the skipped or degraded item must say, or null for none;
   * {@code published}: the titles of the hostile feed's items that are published; {@code fullFetch}: whether item
   * pages are fetched.
   */
  record Hostile(String label, Setup setup, String failure, String problem, List<String> published,
      boolean fullFetch) {
    @Override
    public String toString() {
      return label + " → " + (failure != null ? "feed fails: " + failure : "item skipped: " + problem);
    }
  }

  static Hostile failing(String label, Setup setup, String failure) {
    return new Hostile(label, setup, failure, null, List.of(), false);
  }

  static Hostile itemProblem(String label, Setup setup, String problem, List<String> published) {
    return new Hostile(label, setup, null, problem, published, false);
  }

  static Setup serving(String contentType, String body) {
    return (server, release) -> {
      server.serve("/hostile", contentType, body);
      return server.uri("/hostile");
    };
  }

  static Setup respondingWith(int status) {
    return (server, release) -> {
      server.handle("/hostile", exchange -> TestHttpServer.respond(exchange, status, "text/plain",
          (MARKER + " error page").getBytes(StandardCharsets.UTF_8)));
      return server.uri("/hostile");
    };
  }

  /** An RSS feed of a good item (linked to /fine) and the given items, whose links may use {@code {base}}. */
  static Setup rssWith(String... items) {
    return (server, release) -> {
      String base = server.uri("").toString();
      String all = item("Good item", base + "/fine", "A good item.", null) + String.join("", items);
      server.serve("/hostile", "application/rss+xml", rss(all.replace("{base}", base)));
      return server.uri("/hostile");
    };
  }

  static String rss(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Hostile</title>"
        + "<link>http://example.test/</link><description>d</description>" + items + "</channel></rss>";
  }

  static String item(String title, String link, String description, String pubDate) {
    return "<item><title>" + title + "</title>" + (link == null ? "" : "<link>" + link + "</link>")
        + (description == null ? "" : "<description>" + description + "</description>")
        + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>") + "</item>";
  }

  static Stream<Arguments> hostileFeeds() {
    StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"" + MARKER + "\">");
    for (int i = 1; i <= 12; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + laughs + "]>"
        + rss(item("&lol12;", "http://example.test/laughs", "&lol12;", null));
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + rss(item("&xxe;", "http://example.test/xxe", "&xxe;", null));
    String notAFeedHtml = "<html><head><meta charset=utf-8><title>" + MARKER + "</title></head><body><p>Hello<br>"
        + "</body></html>";
    return Stream.of(
        failing("malformed XML", serving("application/rss+xml",
            "<rss version=\"2.0\"><channel><item><title>" + MARKER + "</channel>"), "not a valid RSS or Atom feed"),
        failing("HTML page instead of a feed", serving("text/html", "<!DOCTYPE html>" + notAFeedHtml),
            "feed has a DOCTYPE, refused"),
        failing("HTML page without a doctype", serving("text/html", notAFeedHtml), "not a valid RSS or Atom feed"),
        failing("well-formed XML that is no feed", serving("application/xml",
            "<?xml version=\"1.0\"?><note><to>" + MARKER + "</to></note>"), "not a valid RSS or Atom feed"),
        failing("binary garbage", (server, release) -> {
          byte[] bytes = new byte[4096];
          new SplittableRandom(7).nextBytes(bytes);
          server.handle("/hostile", exchange -> TestHttpServer.respond(exchange, 200, "application/rss+xml", bytes));
          return server.uri("/hostile");
        }, "not a valid RSS or Atom feed"),
        failing("empty body", serving("application/rss+xml", ""), "not a valid RSS or Atom feed"),
        failing("entity expansion bomb (billion laughs)", serving("application/rss+xml", billionLaughs),
            "feed has a DOCTYPE, refused"),
        failing("external entity (XXE) on file:///etc/passwd", serving("application/rss+xml", xxe),
            "feed has a DOCTYPE, refused"),
        failing("gzip bomb (16 MiB of zeros in 16 KiB)", (server, release) -> {
          byte[] bomb = gzip(new byte[16 * 1024 * 1024]);
          server.handle("/hostile", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            TestHttpServer.respond(exchange, 200, "application/rss+xml", bomb);
          });
          return server.uri("/hostile");
        }, "decompressed body larger than " + CAP + " bytes"),
        failing("body over the 5 MiB cap", (server, release) -> {
          byte[] big = rss(item(MARKER, "http://example.test/big", "x".repeat((int) CAP), null))
              .getBytes(StandardCharsets.UTF_8);
          server.handle("/hostile", exchange -> TestHttpServer.respond(exchange, 200, "application/rss+xml", big));
          return server.uri("/hostile");
        }, "response body larger than " + CAP + " bytes"),
        failing("unsupported Content-Encoding", (server, release) -> {
          server.handle("/hostile", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "br");
            TestHttpServer.respond(exchange, 200, "application/rss+xml", MARKER.getBytes(StandardCharsets.UTF_8));
          });
          return server.uri("/hostile");
        }, "unsupported Content-Encoding 'br'"),
        failing("redirect loop", (server, release) -> {
          server.handle("/hostile", exchange -> redirect(exchange, "/loop"));
          server.handle("/loop", exchange -> redirect(exchange, "/hostile"));
          return server.uri("/hostile");
        }, "redirect loop"),
        failing("endless redirects", (server, release) -> {
          AtomicInteger hops = new AtomicInteger();
          server.handle("/hostile", exchange -> redirect(exchange, "/hostile/" + hops.incrementAndGet()));
          return server.uri("/hostile");
        }, "more than " + LIMITS.maxRedirects() + " redirects"),
        failing("redirect to file:///etc/passwd", (server, release) -> {
          server.handle("/hostile", exchange -> redirect(exchange, "file:///etc/passwd"));
          return server.uri("/hostile");
        }, "refusing non-http(s) URL file:///etc/passwd"),
        failing("HTTP 500", respondingWith(500), "HTTP 500"),
        failing("HTTP 404", respondingWith(404), "HTTP 404"),
        failing("server that never answers", (server, release) -> {
          server.handle("/hostile", exchange -> await(release));
          return server.uri("/hostile");
        }, "timed out after " + LIMITS.readTimeout().toMillis() + " ms"),
        failing("body slower than the read timeout", (server, release) -> {
          server.handle("/hostile", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
              out.flush();
              await(release);
            }
          });
          return server.uri("/hostile");
        }, "timed out after " + LIMITS.readTimeout().toMillis() + " ms"),
        failing("nothing listening", (server, release) -> {
          try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/feed");
          }
        }, "cannot connect"),
        itemProblem("a javascript: link", rssWith(item("Script", "javascript:alert('" + MARKER + "')", MARKER, null)),
            "item 'Script': unusable link (not an absolute URL: 'javascript:alert(", List.of("Good item")),
        itemProblem("a file: link", rssWith(item("Passwords", "file:///etc/passwd", MARKER, null)),
            "item 'Passwords': unusable link (not an absolute URL: 'file:///etc/passwd')", List.of("Good item")),
        itemProblem("neither link nor content", rssWith(item("Bare", null, null, null)),
            "item 'Bare': neither a link nor content", List.of("Good item")),
        itemProblem("a publication date in year 9999", rssWith(item("Far future", "{base}/future", "Kept, undated.",
                "Fri, 31 Dec 9999 10:00:00 GMT")),
            "item 'Far future': date '9999-12-31T10:00:00Z' is not a plausible publication time",
            List.of("Good item", "Far future")),
        itemProblem("the same item twice", rssWith(item("Good item again", "{base}/fine", "A good item.", null)),
            "item 'Good item again': the same article as an earlier item of this feed", List.of("Good item")),
        new Hostile("an item link redirecting into the private network", (server, release) -> {
          // The feed's own host (127.0.0.1) is the operator's choice; "localhost" is another, loopback, host.
          String admin = "http://localhost:" + server.uri("").getPort() + "/admin";
          server.handle("/jump", exchange -> redirect(exchange, admin));
          // Were it fetched, its marker would be in the published article: the check below every case catches it.
          server.serve("/admin", "text/html", "<html><body><p>" + MARKER + " admin page</p></body></html>");
          return rssWith(item("Jump", "{base}/jump", "The feed's own text.", null)).install(server, release);
        }, null, "item 'Jump': article page not fetched (refusing http://localhost:", List.of("Good item", "Jump"),
            true),
        new Hostile("a feed without items", serving("application/rss+xml", rss("")), null, null, List.of(), false))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFeeds")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aHostileFeedFailsOrLosesTheBadItemWithAReasonAndTheGoodOnesArePublishedOnce(Hostile hostile) throws Exception {
    server.serve("/fine", "text/html", "<html><body><p>A good page.</p></body></html>");
    server.serve("/good", "application/atom+xml", FeedSamples.atom(server.uri("/storm").toString()));
    URI hostileUrl = hostile.setup().install(server, release);
    FeedConfig hostileFeed = new FeedConfig(hostileUrl, "Hostile", INTERVAL, List.of(), hostile.fullFetch());
    FeedConfig goodFeed = new FeedConfig(server.uri("/good"), "Good", INTERVAL, List.of(), false);
    InMemorySeenArticles seen = new InMemorySeenArticles(1000);
    // ingest.feeds.allow-private-addresses off: only the configured feeds' own host may be private.
    FeedPoller poller = new FeedPoller(new SafeFetcher(LIMITS, HostRateLimiter.unlimited(),
        PrivateAddressGuard.publicOnly()), new FeedParser(), seen, clock);
    List<RawArticle> published = Collections.synchronizedList(new ArrayList<>());
    FeedIngest ingest = new FeedIngest(List.of(hostileFeed, goodFeed), poller, seen,
        new FeedBackoff(Duration.ofHours(1), new SplittableRandom(7)), clock, published::addAll);

    String log = Stderr.capturing(ingest::pollDue);

    List<String> expected = new ArrayList<>(hostile.published());
    expected.add(GOOD_FEED_TITLE);
    assertEquals(expected, published.stream().map(RawArticle::getTitle).toList(), "published in this round");
    for (RawArticle article : published) {
      assertFalse(article.toString().contains(MARKER) || article.toString().contains("root:"),
          "nothing hostile is published: " + article);
    }
    FeedHealth hostileHealth = ingest.health().get(0);
    FeedHealth goodHealth = ingest.health().get(1);
    assertEquals(FeedHealth.Status.OK, goodHealth.status(), "the good feed of the same round");
    if (hostile.failure() != null) {
      assertEquals(FeedHealth.Status.DEGRADED, hostileHealth.status());
      assertTrue(hostileHealth.lastError().contains(hostile.failure()), hostileHealth.lastError());
      assertFalse(hostileHealth.lastError().contains("root:"), hostileHealth.lastError());
      assertTrue(log.contains("Feed Hostile (" + hostileUrl + ") is DEGRADED: " + hostileHealth.lastError()),
          "a log line says why the feed failed: " + log);
    } else {
      assertEquals(FeedHealth.Status.OK, hostileHealth.status(), String.valueOf(hostileHealth.lastError()));
    }
    if (hostile.problem() != null) {
      assertTrue(log.contains("Feed Hostile (" + hostileUrl + "): " + hostile.problem()),
          "a log line says which item and why: " + log);
    } else {
      assertFalse(log.contains("Feed Hostile (" + hostileUrl + "): "), "no item was skipped: " + log);
    }

    // The next round (both feeds due again): nothing is published twice, and the bad items still are not.
    clock.advance(Duration.ofHours(2));
    Stderr.capturing(ingest::pollDue);
    assertEquals(expected, published.stream().map(RawArticle::getTitle).toList(), "published once");
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    TestHttpServer.respond(exchange, 302, null, new byte[0]);
  }

  private static void await(CountDownLatch release) {
    try {
      release.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
