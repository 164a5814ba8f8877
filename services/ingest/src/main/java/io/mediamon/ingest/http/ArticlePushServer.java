package io.mediamon.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP push ingest. {@code POST /articles} takes one JSON article, a JSON array or NDJSON and answers 202 with the
 * assigned ids once every article is acknowledged by the sink (all or nothing per request); {@code GET /health}
 * answers 200. Errors are JSON {@code {"error": "..."}}: 400 bad body, 401 missing or wrong bearer token, 405
 * wrong method, 413 body over the byte limit or an article over the record limit (nothing of the request is stored),
 * 503 sink (Kafka) unavailable.
 */
public final class ArticlePushServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ArticlePushServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final ArticleSink sink;
  private final PushBodyParser parser;
  private final byte[] tokenDigest;
  private final long maxBytes;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Binds at once; {@code port} 0 picks a free port (see {@link #port()}). {@code token} is the bearer token every
   * POST must carry; it must not be blank. {@code threads} handle requests; further requests wait in a queue of
   * bounded length, and when that is full, the accepting thread runs the request itself, which slows new
   * connections down instead of growing memory without bound.
   */
  public ArticlePushServer(String host, int port, String token, long maxBytes, int threads, ArticleSink sink,
      ArticleFileReader reader) throws IOException {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("the push server needs a bearer token");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the body size limit must be positive, not " + maxBytes);
    }
    this.tokenDigest = sha256(token.getBytes(StandardCharsets.UTF_8));
    this.maxBytes = maxBytes;
    this.sink = sink;
    this.parser = new PushBodyParser(reader);
    AtomicInteger threadNumber = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(threads * 16), r -> {
          Thread t = new Thread(r, "ingest-http-" + threadNumber.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
    server.createContext("/articles", this::handleArticles);
    server.createContext("/health", this::handleHealth);
    server.createContext("/", exchange -> respond(exchange, 404, error("not found: use POST /articles or GET /health")));
    server.setExecutor(executor);
    server.start();
    LOG.info("Push ingest listening on http://{}:{}/articles (body limit {} bytes)", host, port(), maxBytes);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handleHealth(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      respond(exchange, 405, error("method " + exchange.getRequestMethod() + " not allowed; use GET"));
      return;
    }
    ObjectNode ok = JSON.createObjectNode().put("status", "ok");
    respond(exchange, 200, ok);
  }

  private void handleArticles(HttpExchange exchange) throws IOException {
    try {
      if (!exchange.getRequestURI().getPath().equals("/articles")) {
        respond(exchange, 404, error("not found: use POST /articles"));
        return;
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        respond(exchange, 405, error("method " + exchange.getRequestMethod() + " not allowed; use POST"));
        return;
      }
      if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        respond(exchange, 401, error("missing or wrong bearer token (header Authorization: Bearer TOKEN)"));
        return;
      }
      byte[] body = readCapped(exchange);
      if (body == null) {
        respond(exchange, 413, error("body larger than the limit of " + maxBytes + " bytes; split it"));
        return;
      }
      List<RawArticle> articles;
      try {
        articles = parser.parse(body);
      } catch (PushBodyParser.InvalidBodyException e) {
        respond(exchange, 400, error(e.getMessage()));
        return;
      }
      try {
        sink.storeAll(articles);
      } catch (ArticleSink.ArticleTooLargeException e) {
        LOG.warn("Push of {} article(s) refused: {}", articles.size(), e.getMessage());
        respond(exchange, 413, error(e.getMessage()));
        return;
      } catch (ArticleSink.SinkUnavailableException e) {
        LOG.warn("Push of {} article(s) refused: {}", articles.size(), e.getMessage());
        exchange.getResponseHeaders().set("Retry-After", "5");
        respond(exchange, 503, error("not stored, try again later: " + e.getMessage()));
        return;
      }
      ObjectNode accepted = JSON.createObjectNode();
      accepted.put("count", articles.size());
      articles.forEach(a -> accepted.withArray("ids").add(a.getId()));
      respond(exchange, 202, accepted);
    } catch (RuntimeException e) {
      LOG.error("Push request failed", e);
      respond(exchange, 500, error("internal error: " + e.getMessage()));
    }
  }

  /** The body, or null when it is over the limit; nothing beyond limit + 1 bytes is read into memory. */
  private byte[] readCapped(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > maxBytes) {
          return null;
        }
      } catch (NumberFormatException e) {
        // A malformed length is left to the byte count below, which does not trust the header.
        LOG.debug("Malformed Content-Length '{}'", declared);
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return body.length > maxBytes ? null : body;
    }
  }

  /** Compares digests of equal length with {@link MessageDigest#isEqual}: time does not reveal the token. */
  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(tokenDigest, sha256(header.substring(7).trim().getBytes(StandardCharsets.UTF_8)));
  }

  private static ObjectNode error(String message) {
    return JSON.createObjectNode().put("error", message);
  }

  private static void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!head) {
        out.write(bytes);
      }
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /** Stops accepting, lets running requests finish for up to 5 s. Safe to call twice (shutdown hook and caller). */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(5);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
  }
}
