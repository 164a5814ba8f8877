package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.http.ArticlePushServer;
import io.mediamon.ingest.http.KafkaArticleSink;
import io.mediamon.ingest.http.PushLimits;
import io.mediamon.topics.MediamonTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP push endpoint of {@code run --services ingest}, opened from the ingest.http.* settings. */
final class PushEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PushEndpoint.class);
  private final KafkaArticleSink sink;
  private final ArticlePushServer server;

  private PushEndpoint(KafkaArticleSink sink, ArticlePushServer server) {
    this.sink = sink;
    this.server = server;
  }

  /** The endpoint, or null when {@code ingest.http.port} is empty. */
  static PushEndpoint fromSettings(MediamonConfig config, MediamonTopics topics) {
    String port = config.get(Setting.INGEST_HTTP_PORT);
    if (port.isBlank()) {
      return null;
    }
    KafkaArticleSink sink = new KafkaArticleSink(config, topics.raw(), Duration.ofSeconds(30));
    try {
      ArticlePushServer server = new ArticlePushServer(config.get(Setting.INGEST_HTTP_HOST),
          Integer.parseInt(port.trim()), config.get(Setting.INGEST_HTTP_TOKEN), PushLimits.fromSettings(config), sink,
          new ArticleFileReader("push", Clock.systemUTC()));
      LOG.info("Push endpoint on http://{}:{}/articles", config.get(Setting.INGEST_HTTP_HOST), server.port());
      return new PushEndpoint(sink, server);
    } catch (IOException e) {
      sink.close();
      throw new UncheckedIOException("cannot open the push endpoint on port " + port + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    server.close();
    sink.close();
  }

  /** The producer behind the endpoint, for its client metrics. */
  org.apache.kafka.clients.producer.Producer<?, ?> producer() {
    return sink.producer();
  }
}
