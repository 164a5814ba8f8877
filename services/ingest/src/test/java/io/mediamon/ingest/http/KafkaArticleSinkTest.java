package io.mediamon.ingest.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.MediamonTopics;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KafkaArticleSinkTest {
  @Test
  void unreachableKafkaIsUnavailableWithinTheAckTimeout() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort(); // free once closed: nothing listens there
    }
    MediamonConfig config = MediamonConfig.defaults().with(Setting.BOOTSTRAP_SERVERS, "127.0.0.1:" + closedPort);
    RawArticle article = RawArticle.newBuilder().setId("c-1").setBody("Body").setContentType(ContentType.TEXT)
        .setSource("test").setFetchedAt(Instant.parse("2026-11-29T10:00:00Z")).build();
    long start = System.nanoTime();
    try (KafkaArticleSink sink = new KafkaArticleSink(config, MediamonTopics.from(config).raw(),
        Duration.ofSeconds(2))) {
      assertThrows(ArticleSink.SinkUnavailableException.class, () -> sink.storeAll(List.of(article)));
    }
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    assertTrue(seconds < 20, "gave up after " + seconds + " s");
  }

  @Test
  void anArticleOverTheRecordLimitIsRefusedAsTooLargeBeforeAnythingIsSent() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort(); // nothing listens: a send would fail as unavailable, not as too large
    }
    MediamonConfig config = MediamonConfig.defaults().with(Setting.BOOTSTRAP_SERVERS, "127.0.0.1:" + closedPort);
    RawArticle small = RawArticle.newBuilder().setId("c-1").setBody("Body").setContentType(ContentType.TEXT)
        .setSource("test").setFetchedAt(Instant.parse("2026-11-29T10:00:00Z")).build();
    RawArticle huge = RawArticle.newBuilder().setId("c-2").setBody("word ".repeat(600_000))
        .setContentType(ContentType.TEXT).setSource("test").setFetchedAt(Instant.parse("2026-11-29T10:00:00Z")).build();
    try (KafkaArticleSink sink = new KafkaArticleSink(config, MediamonTopics.from(config).raw(),
        Duration.ofSeconds(2))) {
      ArticleSink.ArticleTooLargeException e = assertThrows(ArticleSink.ArticleTooLargeException.class,
          () -> sink.storeAll(List.of(small, huge)));
      assertTrue(e.getMessage().contains("c-2") && e.getMessage().contains("3000"), e.getMessage());
    }
  }
}
