package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users run: {@code Main} in a JVM of its own on exactly the launcher's class path (the app jar and
 * {@code target/classpath.txt}, Maven's runtime scope), following a YAML feeds file. A library that only the test
 * class path has (jackson-dataformat-yaml was one) fails here as it would for a user.
 */
class LauncherFeedsIT {
  @TempDir
  Path dir;

  @Test
  void runFollowsAYamlFeedsFileAndAnswersOnItsOpsAndPushPortsOnTheLauncherClassPath() throws Exception {
    HttpServer feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] rss = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>"
        + "<item><title>Talks in Doha</title><link>https://news.example.org/doha-talks</link>"
        + "<description>Envoys met in Doha on Monday to discuss the talks.</description></item>"
        + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    feed.createContext("/rss", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, rss.length);
      exchange.getResponseBody().write(rss);
      exchange.close();
    });
    feed.start();
    Path feeds = dir.resolve("feeds.yaml");
    Files.writeString(feeds, "feeds:\n  - url: http://127.0.0.1:" + feed.getAddress().getPort() + "/rss\n"
        + "    source: Local News\n    fetchFullArticle: false\n");

    Map<String, String> settings = ItConfigs.uniqueSettings(dir.resolve("state"));
    settings.put(Setting.TOPIC_INGEST_SEEN.key(), settings.get(Setting.TOPIC_RAW.key()) + "-seen");
    MediamonConfig config = MediamonConfig.defaults().with(settings);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, MediamonTopics.from(config));
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx512m", "-cp", LauncherClassPath.get(), "io.mediamon.app.Main", "run", "--services", "ingest",
        "--set", Setting.INGEST_FEEDS_FILE.key() + "=" + feeds));
    int[] ports = TestPorts.free(2);
    int opsPort = ports[0];
    int pushPort = ports[1];
    settings.put(Setting.OPS_PORT.key(), String.valueOf(opsPort));
    settings.put(Setting.INGEST_HTTP_PORT.key(), String.valueOf(pushPort));
    settings.put(Setting.INGEST_HTTP_TOKEN.key(), "launcher-token");
    settings.forEach((k, v) -> command.addAll(List.of("--set", k + "=" + v)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("run.log").toFile()).start();
    try {
      String raw = MediamonTopics.from(config).raw().name();
      await().atMost(Duration.ofMinutes(2)).until(() -> !process.isAlive()
          || TopicReader.read(config, raw, Map.of(), Long.MAX_VALUE, r -> { }) >= 1);
      assertTrue(process.isAlive(), "run ended: " + Files.readString(dir.resolve("run.log")));
      List<String> keys = new ArrayList<>();
      TopicReader.read(config, raw, Map.of(), Long.MAX_VALUE, r -> keys.add(new String(r.key(),
          StandardCharsets.UTF_8)));
      assertEquals(1, keys.size(), keys.toString());

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort
          + "/ready")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("\"ready\":true"), ready.body());
      HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort
          + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(metrics.body().contains("mediamon_feeds{status=\"OK\"} 1.0"), metrics.body());
      assertTrue(metrics.body().lines().anyMatch(l -> l.startsWith("mediamon_feed_polls_total{outcome=\"FETCHED\"}")
          && !l.endsWith(" 0.0")), "feed polls by outcome: " + metrics.body());
      for (String client : List.of("feeds", "push")) {
        assertTrue(metrics.body().lines().anyMatch(l -> l.startsWith("kafka_producer_")
            && l.contains("client=\"" + client + "\"")), "ingest's " + client + " producer: " + metrics.body());
      }
      HttpResponse<String> pushed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pushPort
          + "/articles")).header("Authorization", "Bearer launcher-token").POST(HttpRequest.BodyPublishers.ofString(
          "{\"url\": \"https://news.example.org/pushed\", \"body\": \"Pushed body.\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(202, pushed.statusCode(), pushed.body());
    } finally {
      process.destroy(); // SIGTERM: the shutdown hook stops the services
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      feed.stop(0);
    }
    // 143 = 128 + SIGTERM: the JVM's status after a signal, once the shutdown hook has stopped the services
    String log = Files.readString(dir.resolve("run.log"));
    assertEquals(143, process.exitValue(), log);
    assertTrue(log.contains("Stopping") && !log.contains("NoClassDefFoundError"), log);
    assertTrue(log.lines().anyMatch(line -> line.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}.*Running.*")),
        "log lines carry the date: " + log);
  }


}
