package io.mediamon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {
  private static final FetchLimits LIMITS = new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(800), 64 * 1024, 3);
  private final TestHttpServer server;
  private final SafeFetcher fetcher = new SafeFetcher(LIMITS);
  private final CountDownLatch release = new CountDownLatch(1);

  SafeFetcherTest() throws IOException {
    server = new TestHttpServer();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  @Test
  void fetchesBodyAndValidators() {
    server.handle("/feed", exchange -> {
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      exchange.getResponseHeaders().set("Last-Modified", "Tue, 03 Mar 2026 08:00:00 GMT");
      TestHttpServer.respond(exchange, 200, "application/rss+xml", "hello".getBytes(StandardCharsets.UTF_8));
    });
    FetchResult.Fetched r = assertInstanceOf(FetchResult.Fetched.class, fetcher.get(server.uri("/feed")));
    assertEquals("hello", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals("\"v1\"", r.etag());
    assertEquals("Tue, 03 Mar 2026 08:00:00 GMT", r.lastModified());
    assertEquals("application/rss+xml", r.contentType());
  }

  @Test
  void matchingEtagGives304() {
    server.handle("/feed", exchange -> {
      boolean match = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      TestHttpServer.respond(exchange, match ? 304 : 200, "text/xml", match ? new byte[0] : "x".getBytes());
    });
    assertInstanceOf(FetchResult.Fetched.class, fetcher.get(server.uri("/feed")));
    assertInstanceOf(FetchResult.NotModified.class, fetcher.get(server.uri("/feed"), "\"v1\"", null, null));
    assertInstanceOf(FetchResult.Fetched.class, fetcher.get(server.uri("/feed"), "\"v0\"", null, null));
  }

  @Test
  void matchingIfModifiedSinceGives304() {
    String stamp = "Tue, 03 Mar 2026 08:00:00 GMT";
    server.handle("/feed", exchange -> {
      boolean match = stamp.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
      TestHttpServer.respond(exchange, match ? 304 : 200, "text/xml", match ? new byte[0] : "x".getBytes());
    });
    assertInstanceOf(FetchResult.NotModified.class, fetcher.get(server.uri("/feed"), null, stamp, null));
  }

  @Test
  void followsRedirectsUpToTheBound() {
    server.handle("/r1", exchange -> redirect(exchange, "/r2"));
    server.handle("/r2", exchange -> redirect(exchange, server.uri("/final").toString()));
    server.serve("/final", "text/plain", "arrived");
    FetchResult.Fetched r = assertInstanceOf(FetchResult.Fetched.class, fetcher.get(server.uri("/r1")));
    assertEquals("arrived", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(server.uri("/final"), r.finalUrl());
  }

  @Test
  void stopsAfterTooManyRedirects() {
    for (int i = 0; i < 6; i++) {
      String next = "/hop" + (i + 1);
      server.handle("/hop" + i, exchange -> redirect(exchange, next));
    }
    FetchResult.Failed r = assertInstanceOf(FetchResult.Failed.class, fetcher.get(server.uri("/hop0")));
    assertEquals("more than 3 redirects", r.reason());
    assertEquals(4, server.requests.get());
  }

  @Test
  void detectsRedirectLoop() {
    server.handle("/a", exchange -> redirect(exchange, "/b"));
    server.handle("/b", exchange -> redirect(exchange, "/a"));
    FetchResult.Failed r = assertInstanceOf(FetchResult.Failed.class, fetcher.get(server.uri("/a")));
    assertTrue(r.reason().startsWith("redirect loop"), r.reason());
  }

  @Test
  void refusesRedirectToFileScheme() {
    server.handle("/evil", exchange -> redirect(exchange, "file:///etc/passwd"));
    FetchResult.Failed r = assertInstanceOf(FetchResult.Failed.class, fetcher.get(server.uri("/evil")));
    assertTrue(r.reason().startsWith("refusing non-http(s) URL"), r.reason());
  }

  @Test
  void asksForAndDecompressesGzip() {
    AtomicReference<String> acceptEncoding = new AtomicReference<>();
    byte[] text = "compressed feed ".repeat(100).getBytes(StandardCharsets.UTF_8);
    server.handle("/gz", exchange -> {
      acceptEncoding.set(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      TestHttpServer.respond(exchange, 200, "text/xml", gzip(text));
    });
    FetchResult.Fetched r = assertInstanceOf(FetchResult.Fetched.class, fetcher.get(server.uri("/gz")));
    assertArrayEquals(text, r.body());
    assertEquals("gzip", acceptEncoding.get());
  }

  @Test
  void capsTheDecompressedSize() {
    byte[] bomb = gzip(new byte[10 * 1024 * 1024]);
    assertTrue(bomb.length < LIMITS.maxBytes(), "the compressed body itself is under the cap");
    server.handle("/bomb", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      TestHttpServer.respond(exchange, 200, "text/xml", bomb);
    });
    FetchResult.Failed r = assertInstanceOf(FetchResult.Failed.class, fetcher.get(server.uri("/bomb")));
    assertEquals("decompressed body larger than 65536 bytes", r.reason());
  }

  @Test
  void capsAnOversizedBody() {
    server.handle("/big", exchange -> TestHttpServer.respond(exchange, 200, "text/xml", new byte[1024 * 1024]));
    FetchResult.Failed r = assertInstanceOf(FetchResult.Failed.class, fetcher.get(server.uri("/big")));
    assertEquals("response body larger than 65536 bytes", r.reason());
  }

  @Test
  void timesOutOnASlowHost() {
    server.handle("/slow", exchange -> {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      TestHttpServer.respond(exchange, 200, "text/xml", "late".getBytes());
    });
    long start = System.nanoTime();
    FetchResult.Failed r = assertInstanceOf(FetchResult.Failed.class, fetcher.get(server.uri("/slow")));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(r.reason().contains("timed out"), r.reason());
    assertTrue(millis < 5000, "took " + millis + " ms");
  }

  @Test
  void timesOutOnABodyThatTrickles() {
    server.handle("/trickle", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write("<rss>".getBytes());
        out.flush();
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    FetchResult.Failed r = assertInstanceOf(FetchResult.Failed.class, fetcher.get(server.uri("/trickle")));
    assertTrue(r.reason().contains("timed out"), r.reason());
  }

  @Test
  void reportsServerError() {
    server.handle("/broken", exchange -> TestHttpServer.respond(exchange, 500, "text/plain", "oops".getBytes()));
    FetchResult.Failed r = assertInstanceOf(FetchResult.Failed.class, fetcher.get(server.uri("/broken")));
    assertEquals("HTTP 500", r.reason());
  }

  @Test
  void reportsConnectionRefused() throws IOException {
    java.net.URI closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = java.net.URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/feed");
    }
    FetchResult.Failed r = assertInstanceOf(FetchResult.Failed.class, fetcher.get(closed));
    assertTrue(r.reason().startsWith("cannot connect") || r.reason().contains("Connect"), r.reason());
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    TestHttpServer.respond(exchange, 302, null, new byte[0]);
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
