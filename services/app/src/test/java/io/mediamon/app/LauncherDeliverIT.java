package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.topics.MediamonTopics;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mediamon run --services deliver}, as the launcher runs it, POSTs an alert to the configured webhook. */
class LauncherDeliverIT {
  @TempDir
  Path dir;

  @Test
  void runDeliverSendsAlertsToTheConfiguredWebhookAndStopsOnSigterm() throws Exception {
    List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", exchange -> {
      try (InputStream body = exchange.getRequestBody()) {
        body.readAllBytes();
      }
      idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    Map<String, String> settings = ItConfigs.uniqueSettings(dir.resolve("state"));
    settings.put("delivery.webhooks", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    settings.put("delivery.webhook-secret", "it-secret");
    MediamonTopics topics = MediamonTopics.from(MediamonConfig.defaults().with(settings));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx512m", "-cp", LauncherClassPath.get(), "io.mediamon.app.Main", "run", "--services",
        "deliver"));
    settings.forEach((key, value) -> command.addAll(List.of("--set", key + "=" + value)));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile())
        .start();
    try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
        settings.get("bootstrap.servers"), "max.block.ms", "120000"), new StringSerializer(),
        topics.alerts().valueSerde().serializer())) {
      Alert alert = Alert.newBuilder().setEventId("sty-run").setKind(AlertKind.NEW).setTitle("Run delivers")
          .setActors(List.of()).setArticleIds(List.of("a-1")).setSources(List.of("wire"))
          .setEmittedAt(Instant.ofEpochMilli(1764489600000L)).build();
      // The topic exists once run has created it; the producer waits for it.
      producer.send(new ProducerRecord<>(topics.alerts().name(), "sty-run", alert)).get(120, TimeUnit.SECONDS);
      await().atMost(Duration.ofMinutes(2)).until(() -> !run.isAlive() || !idempotencyKeys.isEmpty());
      assertTrue(run.isAlive(), Files.readString(dir.resolve("run.log")));
      assertEquals(List.of("sty-run/NEW/1764489600000"), idempotencyKeys);
    } finally {
      run.destroy(); // SIGTERM
      if (!run.waitFor(90, TimeUnit.SECONDS)) {
        run.destroyForcibly();
      }
      receiver.stop(0);
    }
    assertEquals(143, run.exitValue(), Files.readString(dir.resolve("run.log")));
  }
}
