package io.mediamon.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import io.mediamon.ingest.http.JsonResponses;
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
 * What an orchestrator probes: {@code GET /health} answers 200 while the process is up (liveness), {@code GET /ready}
 * 200 when every readiness check passes and 503 naming each one that does not (readiness), both JSON; and what a
 * Prometheus server scrapes: {@code GET /metrics}.
 */
public final class OpsEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OpsEndpoint.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_CONNECTIONS = 32;
  private static final long IDLE_TIMEOUT_MS = 10_000;

  private final Server server;
  private final ServerConnector connector;

  /** @param metrics the Prometheus text of the process's meters, or null for no /metrics */
  public OpsEndpoint(String host, int port, Readiness readiness, java.util.function.Supplier<String> metrics)
      throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool(4, 2);
    threads.setName("mediamon-ops");
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setRequestHeaderSize(4096);
    this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT_MS);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    server.setHandler(new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
          response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
          respond(response, callback, 405, error("use GET"));
        } else if (path.equals("/metrics") && metrics != null) {
          JsonResponses.text(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.get());
        } else if (path.equals("/health")) {
          respond(response, callback, 200, JSON.createObjectNode().put("status", "up"));
        } else if (path.equals("/ready")) {
          Readiness.Report report = readiness.report();
          ObjectNode body = JSON.createObjectNode().put("ready", report.ready());
          report.problems().forEach(body.putObject("problems")::put);
          respond(response, callback, report.ready() ? 200 : 503, body);
        } else {
          respond(response, callback, 404, error("not found: use GET /health, /ready or /metrics"));
        }
        return true;
      }
    });
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw e instanceof IOException io ? io : new IOException("cannot open the ops endpoint: " + e.getMessage(), e);
    }
    LOG.info("Ops endpoint on http://{}:{}/ready and /health", host, port());
  }

  public int port() {
    return connector.getLocalPort();
  }

  private static ObjectNode error(String message) {
    return JsonResponses.error(message);
  }

  private static void respond(Response response, Callback callback, int status, ObjectNode body) {
    JsonResponses.json(response, callback, status, body);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("Stopping the ops endpoint: {}", e.getMessage(), e);
    }
  }
}
