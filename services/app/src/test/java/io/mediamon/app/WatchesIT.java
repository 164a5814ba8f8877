package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watches end to end on a real broker: `mediamon watch load` and `watch list` run as the launcher does (its runtime
 * class path, a process of their own), and the running alerter picks the watches up without a restart: a story the
 * general rule holds back (alerts.new-min-articles=3, one article) is announced because it matches a watch, on the
 * Avro and the JSON alerts topics, naming the watch and its severity.
 */
class WatchesIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void watchesLoadedWithTheLauncherCatchAStoryInTheRunningPipeline() throws Exception {
    MediamonConfig config = ItConfigs.unique(dir).with(Setting.ALERTS_NEW_MIN_ARTICLES, "3");
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
    }
    Pipeline pipeline = ItStreams.start(config, Set.of("correlator", "alerter"));
    try {
      pipeline.awaitRunning(Duration.ofMinutes(2));
      Path file = Files.writeString(dir.resolve("watches.yaml"), """
          watches:
            - id: harbour-desk
              name: Harbour desk
              keywords: [harbour strike]
              severity: high
          """);
      Launched load = launch(config, "watch", "load", file.toString());
      assertEquals(0, load.exit(), load.output());
      Launched invalid = launch(config, "watch", "add", "--id", "bad id", "--keyword", "x");
      assertEquals(2, invalid.exit(), invalid.output());
      assertTrue(invalid.output().contains("id: 'bad id'"), invalid.output());
      Launched list = launch(config, "watch", "list", "--json");
      assertEquals(0, list.exit(), list.output());
      assertTrue(list.output().contains("\"watchId\":\"harbour-desk\""), list.output());

      Instant now = Instant.now();
      ItStreams.produceEnriched(config, topics, List.of(EnrichedArticle.newBuilder().setId("w-1")
          .setUrl("https://outlet.example/w-1").setSource("outlet").setTitle("Harbour strike halts the port")
          .setPublishedAt(now).setFetchedAt(now)
          .setCleanText("Dock workers began a harbour strike on Monday, halting the port, the union said.")
          .setLanguage("en").setEntities(List.of()).setClaims(List.of()).setEventMentions(List.of())
          .setFingerprint("0000000000000000").build()));

      List<JsonNode> documents = new ArrayList<>();
      await().atMost(Duration.ofMinutes(2)).until(() -> {
        documents.clear();
        TopicReader.read(config, topics.alertsJson().name(), Map.of(), Long.MAX_VALUE, r -> {
          try {
            documents.add(JSON.readTree(new String(r.value(), StandardCharsets.UTF_8)));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        return !documents.isEmpty();
      });
      JsonNode alert = documents.get(0);
      assertEquals("NEW", alert.get("kind").asText(), alert.toString());
      assertEquals("HIGH", alert.get("severity").asText(), alert.toString());
      assertEquals("harbour-desk", alert.get("watches").get(0).get("watchId").asText(), alert.toString());
      int avro = TopicReader.read(config, topics.alerts().name(), Map.of(), Long.MAX_VALUE, r -> { });
      assertEquals(documents.size(), avro, "the same alerts on both topics");
    } finally {
      pipeline.close();
    }
  }

  private record Launched(int exit, String output) {}

  /** `mediamon ARGS` on the launcher's class path, against this test's cluster and topics. */
  private Launched launch(MediamonConfig config, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx256m", "-cp", LauncherClassPath.get(), "io.mediamon.app.Main"));
    command.addAll(List.of(args));
    for (Setting s : List.of(Setting.BOOTSTRAP_SERVERS, Setting.TOPIC_WATCHLISTS, Setting.TOPIC_RAW,
        Setting.TOPIC_ENRICHED, Setting.TOPIC_EVENTS, Setting.TOPIC_STORIES, Setting.TOPIC_STORY_ARTICLES,
        Setting.TOPIC_ALERTS, Setting.TOPIC_DEAD_LETTER)) {
      command.addAll(List.of("--set", s.key() + "=" + config.get(s)));
    }
    Path out = Files.createTempFile(dir, "launch", ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mediamon " + String.join(" ", args) + " did not end: " + Files.readString(out));
    }
    return new Launched(process.exitValue(), Files.readString(out));
  }
}
