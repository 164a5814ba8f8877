package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.topics.MediamonTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mediamon run} without a cluster, as the launcher runs it (its class path): it starts the embedded broker on
 * the given port with its data in the data directory, Kafka clients reach it there, and a second run after SIGTERM
 * continues on the same data.
 */
class LauncherRunIT {
  @TempDir
  Path dir;

  @Test
  void runWithoutAClusterKeepsItsBrokerAndDataAcrossARestart() throws Exception {
    int port = TestPorts.freePair(); // run's broker takes the port, its controller the next
    Path drop = Files.createDirectories(dir.resolve("drop"));
    MediamonConfig client = MediamonConfig.defaults().with(Map.of(Setting.BOOTSTRAP_SERVERS.key(), "127.0.0.1:" + port));

    Process first = start(port, drop, "first.log");
    try {
      Files.writeString(drop.resolve("a.jsonl"), article("first") + "\n");
      await().atMost(Duration.ofMinutes(2)).until(() -> !first.isAlive() || rawUrls(client).size() == 1);
      assertTrue(first.isAlive(), Files.readString(dir.resolve("first.log")));
    } finally {
      stop(first);
    }
    assertEquals(143, first.exitValue(), Files.readString(dir.resolve("first.log")));

    Process second = start(port, drop, "second.log");
    try {
      Files.writeString(drop.resolve("b.jsonl"), article("second") + "\n");
      await().atMost(Duration.ofMinutes(2)).until(() -> !second.isAlive() || rawUrls(client).size() == 2);
      assertTrue(second.isAlive(), Files.readString(dir.resolve("second.log")));
      assertEquals(List.of("https://example.org/first", "https://example.org/second"), rawUrls(client));
    } finally {
      stop(second);
    }
    assertEquals(143, second.exitValue(), Files.readString(dir.resolve("second.log")));
    assertTrue(Files.exists(dir.resolve("data/kafka/meta.properties")), "the broker keeps its data in the data dir");
  }

  private Process start(int port, Path drop, String log) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx768m", "-cp", LauncherClassPath.get(), "io.mediamon.app.Main", "run", "--services", "ingest",
        "--data-dir", dir.resolve("data").toString(), "--broker-port", String.valueOf(port),
        "--set", Setting.INGEST_DIR.key() + "=" + drop));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy(); // SIGTERM: services, then the broker, close in the shutdown hook
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static List<String> rawUrls(MediamonConfig client) {
    List<String> urls = new ArrayList<>();
    try {
      var raw = MediamonTopics.from(client).raw();
      TopicReader.read(client, raw.name(), Map.of(), Long.MAX_VALUE,
          r -> urls.add(raw.valueSerde().deserializer().deserialize(raw.name(), r.value()).getUrl()));
    } catch (RuntimeException e) {
      return List.of(); // the broker or the topic is not up yet
    }
    return urls;
  }

  private static String article(String name) {
    return "{\"url\": \"https://example.org/" + name + "\", \"title\": \"" + name + "\", \"body\": \"Body of " + name
        + ".\"}";
  }

}
