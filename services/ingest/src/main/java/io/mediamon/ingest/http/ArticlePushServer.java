package io.mediamon.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.schema.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP push ingest. {@code POST /articles} takes one JSON article, a JSON array or NDJSON and answers 202 with the
 * assigned ids once every article is acknowledged by the sink (all or nothing per request); {@code GET /health}
 * answers 200. Errors are JSON {@code {"error": "..."}}: 400 bad body, 401 missing or wrong bearer token, 405 wrong
 * method, 408 body not received in time, 413 body over the byte limit or an article over the record limit (nothing
 * of the request is stored), 431 headers too large, 503 sink (Kafka) unavailable or every store slot busy.
 *
 * <p>Runs on Jetty: request heads and bodies are read without blocking a thread, so slow or stalled clients cost a
 * connection (bounded by {@link PushLimits#maxConnections()}) and are cut off by the header, body and idle
 * timeouts; only storing, which waits for Kafka, takes one of {@link PushLimits#threads()} threads.
 */
public final class ArticlePushServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ArticlePushServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Server server;
  private final ServerConnector connector;
  private final ThreadPoolExecutor storing;
  private final ArticleSink sink;
  private final PushBodyParser parser;
  private final byte[] tokenDigest;
  private final PushLimits limits;
  private final RequestHeadDeadline headDeadline;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Binds and starts at once; {@code port} 0 picks a free port (see {@link #port()}). {@code token} is the bearer
   * token every POST must carry; it must not be blank.
   */
  public ArticlePushServer(String host, int port, String token, PushLimits limits, ArticleSink sink,
      ArticleFileReader reader) throws IOException {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("the push server needs a bearer token");
    }
    this.tokenDigest = sha256(token.getBytes(StandardCharsets.UTF_8));
    this.limits = limits;
    this.sink = sink;
    this.parser = new PushBodyParser(reader);
    AtomicInteger threadNumber = new AtomicInteger();
    this.storing = new ThreadPoolExecutor(limits.threads(), limits.threads(), 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(limits.threads() * 16), r -> {
          Thread t = new Thread(r, "ingest-http-store-" + threadNumber.incrementAndGet());
          t.setDaemon(true);
          return t;
        });

    QueuedThreadPool jettyThreads = new QueuedThreadPool(8, 2);
    jettyThreads.setName("ingest-http");
    jettyThreads.setDaemon(true);
    this.server = new Server(jettyThreads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(limits.maxHeaderBytes());
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
    this.headDeadline = new RequestHeadDeadline(server.getScheduler(), limits.headerTimeout());
    connector.addEventListener(headDeadline);
    server.setHandler(new Routes());
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw e instanceof IOException io ? io : new IOException("cannot start the push endpoint: " + e.getMessage(), e);
    }
    LOG.info("Push ingest listening on http://{}:{}/articles (body limit {} bytes, {} connections at most)", host,
        port(), limits.maxBodyBytes(), limits.maxConnections());
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** Dispatches by path; every response is JSON. */
  private final class Routes extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Connection connection = request.getConnectionMetaData().getConnection();
      headDeadline.headArrived(connection);
      Request.addCompletionListener(request, failure -> headDeadline.responded(connection));
      Exchange exchange = new Exchange(request, response, callback);
      if (request.getLength() != 0) {
        // Until the body is read to its end, the connection cannot carry another request; answered early (401, 404,
        // 405), it is closed rather than left for Jetty to drain while the client reuses it (seen: "no bytes").
        exchange.closeUnlessBodyRead();
      }
      switch (Request.getPathInContext(request)) {
        case "/health" -> health(exchange);
        case "/articles" -> articles(exchange);
        default -> exchange.respond(404, error("not found: use POST /articles or GET /health"));
      }
      return true;
    }
  }

  private void health(Exchange exchange) {
    String method = exchange.request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      exchange.respond(405, error("method " + method + " not allowed; use GET"));
      return;
    }
    exchange.respond(200, JSON.createObjectNode().put("status", "ok"));
  }

  private void articles(Exchange exchange) {
    Request request = exchange.request;
    if (!request.getMethod().equals("POST")) {
      exchange.response.getHeaders().put(HttpHeader.ALLOW, "POST");
      exchange.respond(405, error("method " + request.getMethod() + " not allowed; use POST"));
      return;
    }
    if (!authorized(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
      exchange.response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
      exchange.respond(401, error("missing or wrong bearer token (header Authorization: Bearer TOKEN)"));
      return;
    }
    if (request.getLength() > limits.maxBodyBytes()) {
      exchange.closeAfterResponse();
      exchange.respond(413, tooLarge());
      return;
    }
    new BodyReader(exchange).start();
  }

  /**
   * Reads a body chunk by chunk as it arrives, without holding a thread between chunks, up to the byte limit and
   * within the body timeout; then hands it to a storing thread.
   */
  private final class BodyReader implements Runnable {
    private final Exchange exchange;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Scheduler.Task deadline;

    BodyReader(Exchange exchange) {
      this.exchange = exchange;
    }

    void start() {
      deadline = server.getScheduler().schedule(() -> {
        exchange.closeAfterResponse();
        exchange.respond(408, error("request body not received within " + limits.bodyTimeout().toMillis()
            + " ms (ingest.http.body-timeout-ms); nothing was stored"));
      }, limits.bodyTimeout());
      run();
    }

    @Override
    public void run() {
      while (!exchange.answered()) {
        Content.Chunk chunk = exchange.request.read();
        if (chunk == null) {
          exchange.request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          chunk.release();
          deadline.cancel();
          exchange.closeAfterResponse();
          Throwable failure = chunk.getFailure();
          exchange.respond(failure instanceof TimeoutException ? 408 : 400,
              error("request body not received: " + (failure instanceof TimeoutException
                  ? "nothing arrived for " + limits.idleTimeout().toMillis() + " ms (ingest.http.idle-timeout-ms)"
                  : String.valueOf(failure.getMessage())) + "; nothing was stored"));
          return;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        boolean over = body.size() + (long) bytes.remaining() > limits.maxBodyBytes();
        if (!over) {
          byte[] copy = new byte[bytes.remaining()];
          bytes.get(copy);
          body.write(copy, 0, copy.length);
        }
        boolean last = chunk.isLast();
        chunk.release();
        if (over) {
          deadline.cancel();
          exchange.closeAfterResponse();
          exchange.respond(413, tooLarge());
          return;
        }
        if (last) {
          deadline.cancel();
          exchange.bodyRead();
          store(exchange, body.toByteArray());
          return;
        }
      }
    }
  }

  private void store(Exchange exchange, byte[] body) {
    try {
      storing.execute(() -> parseAndStore(exchange, body));
    } catch (RejectedExecutionException e) {
      exchange.response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
      exchange.respond(503, error("every store slot is busy (" + limits.threads() + " threads, "
          + storing.getQueue().size() + " waiting); try again later"));
    }
  }

  private void parseAndStore(Exchange exchange, byte[] body) {
    try {
      List<RawArticle> articles;
      try {
        articles = parser.parse(body);
      } catch (PushBodyParser.InvalidBodyException e) {
        exchange.respond(400, error(e.getMessage()));
        return;
      }
      try {
        sink.storeAll(articles);
      } catch (ArticleSink.ArticleTooLargeException e) {
        LOG.warn("Push of {} article(s) refused: {}", articles.size(), e.getMessage());
        exchange.respond(413, error(e.getMessage()));
        return;
      } catch (ArticleSink.SinkUnavailableException e) {
        LOG.warn("Push of {} article(s) refused: {}", articles.size(), e.getMessage());
        exchange.response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
        exchange.respond(503, error("not stored, try again later: " + e.getMessage()));
        return;
      }
      ObjectNode accepted = JSON.createObjectNode();
      accepted.put("count", articles.size());
      articles.forEach(a -> accepted.withArray("ids").add(a.getId()));
      exchange.respond(202, accepted);
    } catch (RuntimeException e) {
      LOG.error("Push request failed", e);
      exchange.respond(500, error("internal error: " + e.getMessage()));
    }
  }

  /** One request and its response, answered exactly once (a deadline and the reader may race to answer). */
  private static final class Exchange {
    final Request request;
    final Response response;
    final Callback callback;
    private final AtomicBoolean answered = new AtomicBoolean();

    Exchange(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    boolean answered() {
      return answered.get();
    }

    void closeAfterResponse() {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }

    private volatile boolean closeUnlessBodyRead;
    private volatile boolean bodyRead;

    void closeUnlessBodyRead() {
      closeUnlessBodyRead = true;
    }

    void bodyRead() {
      bodyRead = true;
    }

    void respond(int status, ObjectNode body) {
      if (!answered.compareAndSet(false, true)) {
        return;
      }
      if (closeUnlessBodyRead && !bodyRead) {
        closeAfterResponse();
      }
      JsonResponses.json(response, callback, status, body);
    }
  }

  private ObjectNode tooLarge() {
    return error("body larger than the limit of " + limits.maxBodyBytes() + " bytes (ingest.http.max-bytes); split it");
  }

  /** Compares digests of equal length with {@link MessageDigest#isEqual}: time does not reveal the token. */
  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(tokenDigest, sha256(header.substring(7).trim().getBytes(StandardCharsets.UTF_8)));
  }

  private static ObjectNode error(String message) {
    return JsonResponses.error(message);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /**
   * Lets the stores under way finish (up to 5 s; requests completing meanwhile get 503, so their clients retry), then
   * stops Jetty at once: a graceful Jetty stop would also wait out idle keep-alive connections. Safe to call twice
   * (shutdown hook and caller).
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    storing.shutdown();
    try {
      if (!storing.awaitTermination(5, TimeUnit.SECONDS)) {
        storing.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      storing.shutdownNow();
    }
    server.setStopTimeout(0);
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("Stopping the push endpoint: {}", e.getMessage(), e);
    }
  }
}
