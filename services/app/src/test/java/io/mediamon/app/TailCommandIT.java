package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.config.MediamonConfig;
import io.mediamon.json.AvroJson;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.serde.AvroSerde;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mediamon tail} on the test broker: record-time order across partitions, --follow, --since. */
class TailCommandIT {
  private static final AvroSerde<Alert> ALERTS = AvroSerde.of(Alert.class);

  @TempDir
  Path stateDir;

  @Test
  void printsThePlainAlertsMergedInRecordTimeOrderAcrossPartitions() throws Exception {
    MediamonConfig config = ItConfigs.unique(stateDir);
    MediamonTopics topics = setUp(config);
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    // offsets order per partition differs from time order across partitions
    produce(config, topics, 0, t.plusSeconds(1), alert("sty-a"));
    produce(config, topics, 0, t.plusSeconds(3), alert("sty-c"));
    produce(config, topics, 1, t.plusSeconds(2), alert("sty-b"));

    List<JsonNode> lines = lines(run(config, List.of()));

    assertEquals(List.of("sty-a", "sty-b", "sty-c"), lines.stream().map(l -> l.get("eventId").asText()).toList());
    assertEquals(AvroJson.toJson(alert("sty-a")), lines.get(0), "the value's JSON alone, as the README shows");

    List<JsonNode> wrapped = lines(run(config, List.of("--with-metadata", "--max", "2")));
    assertEquals(2, wrapped.size());
    assertEquals("sty-b", wrapped.get(1).get("key").asText());
    assertEquals(1, wrapped.get(1).get("partition").asInt());
    assertEquals(t.plusSeconds(2).toString(), wrapped.get(1).get("timestamp").asText());
    assertEquals("sty-b", wrapped.get(1).get("value").get("eventId").asText());
  }

  @Test
  void followSincePrintsRecentAndNewRecordsUntilStopped() throws Exception {
    MediamonConfig config = ItConfigs.unique(stateDir);
    MediamonTopics topics = setUp(config);
    Instant now = Instant.now();
    produce(config, topics, 0, now.minus(Duration.ofHours(2)), alert("sty-old-0"));
    produce(config, topics, 1, now.minus(Duration.ofHours(2)), alert("sty-old-1"));
    produce(config, topics, 1, now.minus(Duration.ofMinutes(5)), alert("sty-recent"));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread tail = new Thread(() -> exit.set(Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        args(config, List.of("--follow", "--since", "30m")))), "tail-follow");
    tail.start();
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("sty-recent"));
      produce(config, topics, 0, Instant.now(), alert("sty-new"));
      await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("sty-new"));
      assertTrue(tail.isAlive(), "--follow keeps reading: " + err);
    } finally {
      tail.interrupt(); // what Ctrl-C's wakeup does to the poll loop, in-process
      tail.join(Duration.ofSeconds(30).toMillis());
    }
    assertFalse(tail.isAlive(), "tail --follow stops when interrupted");
    assertEquals(0, exit.get(), err.toString());
    List<String> ids = lines(out.toString()).stream().map(l -> l.get("eventId").asText()).toList();
    assertEquals(List.of("sty-recent", "sty-new"), ids, "nothing older than --since, nothing twice");
  }

  @Test
  void followWithoutStartPrintsOnlyNewRecordsAndStopsAtMax() throws Exception {
    MediamonConfig config = ItConfigs.unique(stateDir);
    MediamonTopics topics = setUp(config);
    produce(config, topics, 0, Instant.now(), alert("sty-before"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread tail = new Thread(() -> exit.set(Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        args(config, List.of("--follow", "--max", "1")))), "tail-follow");
    tail.start();
    try {
      // produce until the follower, which starts at the end, has seen one: it may start after the first send
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
        if (tail.isAlive()) {
          produce(config, topics, 1, Instant.now(), alert("sty-after"));
        }
        return !tail.isAlive();
      });
    } finally {
      tail.interrupt();
      tail.join(Duration.ofSeconds(30).toMillis());
    }
    assertEquals(0, exit.get(), err.toString());
    List<JsonNode> lines = lines(out.toString());
    assertEquals(1, lines.size(), out.toString());
    assertEquals("sty-after", lines.get(0).get("eventId").asText());
  }

  private static MediamonTopics setUp(MediamonConfig config) {
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
    }
    return topics;
  }

  private static Alert alert(String id) {
    return Alert.newBuilder().setEventId(id).setKind(AlertKind.NEW).setTitle("Title of " + id)
        .setActors(List.of("Iran")).setArticleIds(List.of("art-" + id)).setSources(List.of("wire"))
        .setEmittedAt(Instant.parse("2026-03-01T12:00:00Z")).build();
  }

  private static void produce(MediamonConfig config, MediamonTopics topics, int partition, Instant at, Alert alert)
      throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ItStreams.producerProps(config),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.alerts().name(), partition, at.toEpochMilli(),
          alert.getEventId().getBytes(StandardCharsets.UTF_8), ALERTS.toBytes(alert))).get();
    }
  }

  private static String[] args(MediamonConfig config, List<String> options) {
    List<String> args = new ArrayList<>(List.of("tail", MediamonTopics.from(config).alerts().name()));
    config.asMap().forEach((k, v) -> {
      if (k.startsWith("topic.") || k.equals("bootstrap.servers")) {
        args.addAll(List.of("--set", k + "=" + v));
      }
    });
    args.addAll(options);
    return args.toArray(String[]::new);
  }

  private static String run(MediamonConfig config, List<String> options) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args(config, options)),
        err.toString());
    return out.toString();
  }

  private static List<JsonNode> lines(String text) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(AvroJson.mapper().readTree(line));
      }
    }
    return nodes;
  }
}
