package io.mediamon.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 and a free port, for fetcher and poller tests (and the bad-input corpus). */
public final class TestHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  public final AtomicInteger requests = new AtomicInteger();

  public TestHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.start();
  }

  public void handle(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      requests.incrementAndGet();
      try {
        handler.handle(exchange);
      } finally {
        exchange.close();
      }
    });
  }

  public void serve(String path, String contentType, String body) {
    handle(path, exchange -> respond(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
