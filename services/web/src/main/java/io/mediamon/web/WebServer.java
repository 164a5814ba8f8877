package io.mediamon.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live view's HTTP server (Jetty's core API, as the push and ops endpoints): the page and its assets from this
 * jar, the query API, the live alert stream (server-sent events) and the instances' internal answers. Every answer
 * carries a strict Content-Security-Policy (scripts, styles and connections from this server only; no inline script
 * or style, no frames, no plugins), nosniff and no-referrer.
 */
final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";
  private static final int MAX_BODY = 64 * 1024;
  private static final int MAX_STREAMS = 100;
  private static final long HEARTBEAT_SECONDS = 15;

  /** The page's files, served from the jar: path → (resource, content type). */
  private static final Map<String, String[]> ASSETS = Map.of(
      "/", new String[] {"static/index.html", "text/html; charset=utf-8"},
      "/index.html", new String[] {"static/index.html", "text/html; charset=utf-8"},
      "/app.js", new String[] {"static/app.js", "text/javascript; charset=utf-8"},
      "/app.css", new String[] {"static/app.css", "text/css; charset=utf-8"},
      "/favicon.svg", new String[] {"static/favicon.svg", "image/svg+xml"},
      "/api/openapi.yaml", new String[] {"openapi.yaml", "application/yaml; charset=utf-8"});

  private final Server server;
  private final ServerConnector connector;
  private final AtomicInteger openStreams = new AtomicInteger();
  private volatile WebApi api;
  private volatile LiveAlerts live;

  WebServer(String host, int port) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_STREAMS + 40, 4);
    threads.setName("mediamon-web");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setRequestHeaderSize(8192);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(60_000);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_STREAMS + 100, connector));
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        try {
          serve(request, response, callback);
        } catch (RuntimeException | IOException e) {
          LOG.warn("Live view: {} {} failed: {}", request.getMethod(), Request.getPathInContext(request), e.toString());
          if (!response.isCommitted()) {
            json(response, callback, 500, JsonSerde.MAPPER.createObjectNode().put("error", "internal error: " + e));
          } else {
            callback.failed(e);
          }
        }
        return true;
      }
    });
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new io.mediamon.config.ConfigException("web.port: cannot open the live view on " + host + ":" + port
          + " (" + e.getMessage() + "): choose another port with web.port, or 0 for any free one");
    }
  }

  int port() {
    return connector.getLocalPort();
  }

  /** From here on the API answers (before, 503: the streams are not up yet). */
  void serve(WebApi api, LiveAlerts live) {
    this.api = api;
    this.live = live;
  }

  private void serve(Request request, Response response, Callback callback) throws IOException {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    var headers = response.getHeaders();
    headers.put("Content-Security-Policy", CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    String[] asset = ASSETS.get(path);
    if (asset != null) {
      if (!method.equals("GET") && !method.equals("HEAD")) {
        headers.put(HttpHeader.ALLOW, "GET, HEAD");
        json(response, callback, 405, JsonSerde.MAPPER.createObjectNode().put("error", "use GET"));
        return;
      }
      try (InputStream in = WebServer.class.getResourceAsStream(asset[0])) {
        if (in == null) {
          throw new IllegalStateException("the jar has no " + asset[0]);
        }
        send(response, callback, 200, asset[1], in.readAllBytes());
      }
      return;
    }
    if (!path.startsWith("/api/") && !path.startsWith("/internal/")) {
      json(response, callback, 404, JsonSerde.MAPPER.createObjectNode().put("error", "not found: " + path));
      return;
    }
    WebApi ready = api;
    if (ready == null) {
      headers.put(HttpHeader.RETRY_AFTER, "1");
      json(response, callback, 503, JsonSerde.MAPPER.createObjectNode().put("error", "starting; retry in a moment"));
      return;
    }
    Map<String, String> params;
    try {
      params = query(request.getHttpURI().getQuery());
    } catch (BadRequest e) {
      json(response, callback, 400, JsonSerde.MAPPER.createObjectNode().put("error", e.getMessage()));
      return;
    }
    if (path.equals("/api/alerts/stream")) {
      stream(ready, params, response, callback);
      return;
    }
    byte[] body = new byte[0];
    if (method.equals("PUT") || method.equals("POST")) {
      try (InputStream in = Request.asInputStream(request)) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        json(response, callback, 413, JsonSerde.MAPPER.createObjectNode().put("error", "body over " + MAX_BODY
            + " bytes"));
        return;
      }
    }
    WebApi.Reply reply = ready.handle(method, path, params, request.getHeaders().get(HttpHeader.AUTHORIZATION), body);
    if (reply.allow() != null) {
      headers.put(HttpHeader.ALLOW, reply.allow());
    }
    if (reply.status() == 503) {
      headers.put(HttpHeader.RETRY_AFTER, "1");
    }
    json(response, callback, reply.status(), reply.body());
  }

  static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new BadRequest("the query string is not URL-encoded: " + e.getMessage());
      }
      if (params.put(name, value) != null) {
        throw new BadRequest(name + ": given more than once");
      }
    }
    return params;
  }

  /**
   * Server-sent events: the recent alerts first (oldest first, so that a page that puts each new one on top shows
   * the newest first), then every alert as it is committed, each as an {@code alert} event whose data is the
   * alert's JSON document; a comment every 15 s keeps the connection open through proxies.
   */
  private void stream(WebApi api, Map<String, String> params, Response response, Callback callback) {
    LiveAlerts alerts = live;
    if (openStreams.incrementAndGet() > MAX_STREAMS) {
      openStreams.decrementAndGet();
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
      json(response, callback, 503, JsonSerde.MAPPER.createObjectNode().put("error", "too many open alert streams"));
      return;
    }
    BlockingQueue<String> queue = alerts.subscribe();
    try {
      Instant since;
      try {
        StoryQuery.Params.onlyKnown(params, java.util.Set.of("since"));
        since = api.sinceOrDefault(params);
      } catch (BadRequest e) {
        json(response, callback, 400, JsonSerde.MAPPER.createObjectNode().put("error", e.getMessage()));
        return;
      }
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
      response.getHeaders().put("X-Accel-Buffering", "no");
      write(response, "retry: 3000\n\n");
      try {
        List<JsonNode> recent = api.alerts(since, 100);
        for (int i = recent.size() - 1; i >= 0; i--) {
          write(response, event("alert", recent.get(i).toString()));
        }
      } catch (RuntimeException e) {
        write(response, event("notice", JsonSerde.MAPPER.createObjectNode().put("error",
            "the recent alerts are not available yet: " + e.getMessage()).toString()));
      }
      write(response, event("ready", "{}"));
      while (true) {
        String next = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        if (next == null) {
          write(response, ": keep-alive\n\n");
        } else if (next.equals(LiveAlerts.END)) {
          break;
        } else {
          write(response, event("alert", next));
        }
      }
      response.write(true, ByteBuffer.allocate(0), callback);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      callback.failed(e);
    } catch (IOException | RuntimeException e) {
      callback.failed(e); // the client went away
    } finally {
      alerts.unsubscribe(queue);
      openStreams.decrementAndGet();
    }
  }

  private static String event(String name, String data) {
    return "event: " + name + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
  }

  private static void write(Response response, String text) throws IOException {
    Callback.Completable done = new Callback.Completable();
    response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), done);
    try {
      done.get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("the client did not take the stream: " + e, e);
    }
  }

  private static void json(Response response, Callback callback, int status, JsonNode body) {
    try {
      send(response, callback, status, "application/json; charset=utf-8", JsonSerde.MAPPER.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(Response response, Callback callback, int status, String type, byte[] bytes) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("Stopping the live view: {}", e.getMessage(), e);
    }
  }
}
