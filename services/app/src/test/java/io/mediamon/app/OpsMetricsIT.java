package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run's ops endpoint on a real broker: /ready with the services running, /metrics with the pipeline's flow. */
class OpsMetricsIT {
  private static final Set<String> SERVICES = Set.of("correlator", "alerter");

  @TempDir
  Path dir;

  @Test
  void metricsShowEachStagesOutputAlertsByKindLatencyAndTheStreamsClients() throws Exception {
    int port = TestPorts.free(1)[0];
    MediamonConfig config = ItConfigs.unique(dir).with(Setting.OPS_PORT, String.valueOf(port));
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
    }
    Pipeline pipeline = ItStreams.start(config, SERVICES);
    try (OpsChecks ops = OpsChecks.open(config, pipeline, null)) {
      pipeline.awaitRunning(Duration.ofMinutes(2));
      HttpClient http = HttpClient.newHttpClient();
      await().atMost(Duration.ofSeconds(30)).until(() -> get(http, port, "/ready").statusCode() == 200);

      ItStreams.produceEnriched(config, topics, articles());

      await().atMost(Duration.ofMinutes(2)).until(() -> get(http, port, "/metrics").body()
          .contains("mediamon_alerts_total{kind=\"NEW\""));
      String metrics = get(http, port, "/metrics").body();
      assertTrue(counted(metrics, "mediamon_records_out_total{stage=\"extractor\""), "enriched records counted");
      assertTrue(counted(metrics, "mediamon_records_out_total{stage=\"correlator\""), "memberships counted");
      assertTrue(metrics.contains("mediamon_ingest_to_alert_seconds_bucket"), "latency histogram");
      assertTrue(metrics.contains("kafka_stream_") && metrics.contains("service=\"correlator\""),
          "Kafka Streams' own metrics, by service");
      assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM metrics");
      assertEquals(200, get(http, port, "/health").statusCode());
    } finally {
      pipeline.close();
    }
  }

  /** Whether the meter whose line starts so has a value above zero (meters are registered, at 0, from the start). */
  private static boolean counted(String metrics, String start) {
    return metrics.lines().anyMatch(line -> line.startsWith(start)
        && Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) > 0);
  }

  private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<EnrichedArticle> articles() {
    List<EnrichedArticle> articles = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < 6; i++) {
      articles.add(EnrichedArticle.newBuilder().setId("ops-" + i).setUrl("https://outlet" + i + ".example/" + i)
          .setSource("outlet-" + i).setTitle("Headline " + i).setPublishedAt(now).setFetchedAt(now)
          .setCleanText("Report " + i + " about harbour" + i + " and council" + i + " with words w" + i + ".")
          .setLanguage("en").setEntities(List.of()).setClaims(List.of()).setEventMentions(List.of())
          .setFingerprint("0000000000000000").build());
    }
    return articles;
  }
}
