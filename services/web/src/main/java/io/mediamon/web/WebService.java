package io.mediamon.web;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.streams.StreamsService;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live view as a service of {@code run} ({@code --services ...,web}): the HTTP server is opened first (so that
 * a busy port is refused before anything starts, and port 0 is known), then the stream application with its
 * {@code application.server} set to this server, the live alert stream and the watch writer.
 */
public final class WebService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebService.class);

  private final WebServer server;
  private final StreamsService streams;
  private final LiveAlerts live;
  private final WatchWrites watchWrites;
  private final String address;

  private WebService(WebServer server, StreamsService streams, LiveAlerts live, WatchWrites watchWrites,
      String address) {
    this.server = server;
    this.streams = streams;
    this.live = live;
    this.watchWrites = watchWrites;
    this.address = address;
  }

  /** Opens the server and starts the stream application; the topics must exist (run creates them). */
  public static WebService start(MediamonConfig config) {
    String host = config.get(Setting.WEB_HOST).trim();
    WebServer server = new WebServer(host, Integer.parseInt(config.get(Setting.WEB_PORT).trim()));
    StreamsService streams = null;
    LiveAlerts live = null;
    WatchWrites writes = null;
    try {
      String advertised = config.get(Setting.WEB_ADVERTISED_HOST).trim();
      if (advertised.isEmpty()) {
        advertised = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
      }
      HostInfo self = new HostInfo(advertised, server.port());
      Properties settings = StreamsSettings.forService(config, WebTopology.SERVICE);
      settings.put(StreamsConfig.APPLICATION_SERVER_CONFIG, advertised + ":" + server.port());
      streams = new StreamsService(WebTopology.SERVICE, WebTopology.build(config), settings);
      MediamonTopics topics = MediamonTopics.from(config);
      live = new LiveAlerts(config, topics.alerts());
      writes = new WatchWrites(config, topics.watchlists());
      WebApi api = new WebApi(new LocalStores(streams.client()), new Instances(streams.client(), self), writes,
          config.get(Setting.WEB_TOKEN), Duration.ofHours(config.getInt(Setting.WEB_ALERTS_RETENTION_HOURS)),
          Clock.systemUTC());
      live.start();
      server.serve(api, live);
      streams.start();
      String address = "http://" + (host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host) + ":"
          + server.port() + "/";
      LOG.info("Live view on {} (API under {}api/, described at {}api/openapi.yaml)", address, address, address);
      return new WebService(server, streams, live, writes, address);
    } catch (RuntimeException e) {
      closeQuietly(live);
      server.close();
      closeQuietly(streams);
      closeQuietly(writes);
      throw e;
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.warn("Closing {}: {}", closeable, e.toString());
      }
    }
  }

  /** Where the page is, e.g. {@code http://127.0.0.1:8080/}. */
  public String address() {
    return address;
  }

  public int port() {
    return server.port();
  }

  /** The stream application, for readiness and metrics. */
  public StreamsService streams() {
    return streams;
  }

  public void awaitRunning(Duration timeout) throws TimeoutException, InterruptedException {
    streams.awaitRunning(timeout);
  }

  /** Completes exceptionally when the stream application fails. */
  public CompletableFuture<Void> failure() {
    return streams.failure();
  }

  @Override
  public void close() {
    closeQuietly(live); // ends the open alert streams
    server.close();
    closeQuietly(streams);
    closeQuietly(watchWrites);
  }
}
