package io.mediamon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.kafka.testing.TestKafka;
import io.mediamon.topics.MediamonTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped into the directory land on a real raw topic once, and leave the directory. */
class DropDirectoryIT {
  @TempDir
  Path dir;

  @Test
  void publishesSettledFilesOnceAndMovesThemAside() throws Exception {
    MediamonConfig config = configWithNewRawTopic("drop-raw");
    MediamonTopics topics = MediamonTopics.from(config);
    Path good = dir.resolve("a.txt");
    Files.writeString(good, "Talks in Kabul\n\nOfficials met in Kabul on Monday.");
    Path bad = dir.resolve("b.json");
    Files.writeString(bad, "{\"title\": \"no body\"}");
    Path fresh = dir.resolve("c.txt");
    Files.writeString(fresh, "Still being written\n\nBody.");
    Instant now = Instant.now();
    Files.setLastModifiedTime(good, FileTime.from(now.minusSeconds(10)));
    Files.setLastModifiedTime(bad, FileTime.from(now.minusSeconds(10)));
    Files.setLastModifiedTime(fresh, FileTime.from(now.plusSeconds(60))); // not settled yet

    try (ArticlePublisher publisher = new ArticlePublisher(config, topics.raw())) {
      DropDirectory drop = new DropDirectory(dir, new ArticleFileReader("drop", Clock.systemUTC()), publisher,
          Clock.systemUTC());
      assertEquals(1, drop.scanOnce());
      assertEquals(0, drop.scanOnce(), "a published file is not published again");
    }

    assertTrue(Files.exists(dir.resolve(DropDirectory.DONE).resolve("a.txt")));
    assertTrue(Files.exists(dir.resolve(DropDirectory.FAILED).resolve("b.json")));
    assertEquals("missing field: body or html\n",
        Files.readString(dir.resolve(DropDirectory.FAILED).resolve("b.json.reason")));
    assertTrue(Files.exists(fresh), "a file still changing stays where it is");

    List<String> keys = published(config, 1).stream().map(ConsumerRecord::key).toList();
    assertEquals(1, keys.size());
    assertTrue(keys.get(0).startsWith("c-"), "content id for a file without URL");
  }

  @Test
  void linksDirectoriesFifosOtherTypesAndOversizeArticlesGetAReasonAndTheRestIsPublishedOnce(@TempDir Path outside)
      throws Exception {
    MediamonConfig config = configWithNewRawTopic("drop-hostile");
    Path secret = outside.resolve("secret.txt");
    Files.writeString(secret, "Secret headline\n\nA file outside the drop directory.");
    Files.createSymbolicLink(dir.resolve("link.txt"), secret);
    Files.createDirectory(dir.resolve("folder.json"));
    Path fifo = dir.resolve("pipe.txt");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Files.writeString(dir.resolve("notes.md"), "# not an article");
    Files.writeString(dir.resolve("mixed.jsonl"), "{\"url\": \"https://example.org/ok\", \"body\": \"Fine.\"}\n"
        + "{\"url\": \"https://example.org/huge\", \"body\": \"" + "word ".repeat(300_000) + "\"}\n");
    Files.writeString(dir.resolve("z-after.txt"), "After\n\nThe file after the others is read too.");

    Clock later = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(10)); // every entry has settled
    try (ArticlePublisher publisher = new ArticlePublisher(config, MediamonTopics.from(config).raw())) {
      DropDirectory drop = new DropDirectory(dir, new ArticleFileReader("drop", Clock.systemUTC()), publisher,
          later);
      assertEquals(2, drop.scanOnce(), "the good article of mixed.jsonl and z-after.txt");
      assertEquals(0, drop.scanOnce(), "nothing is published again");
    }
    Path failed = dir.resolve(DropDirectory.FAILED);
    assertTrue(Files.isSymbolicLink(failed.resolve("link.txt")), "the link is moved as a link");
    assertTrue(Files.readString(failed.resolve("link.txt.reason")).contains("symbolic link"));
    assertTrue(Files.readString(failed.resolve("folder.json.reason")).contains("a directory"));
    assertTrue(Files.readString(failed.resolve("pipe.txt.reason")).contains("not a regular file"));
    assertTrue(Files.readString(failed.resolve("notes.md.reason")).contains("unsupported file type"));
    assertTrue(Files.readString(dir.resolve(DropDirectory.DONE).resolve("mixed.jsonl.reason"))
        .contains("over the limit"));
    assertTrue(Files.exists(secret), "a link's target stays where it is");

    List<String> values = published(config, 2).stream()
        .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).toList();
    assertEquals(2, values.size(), "two articles, nothing more");
    assertTrue(values.stream().noneMatch(v -> v.contains("outside the drop directory")));
  }

  /** Settings whose raw topic is new and this test's alone. */
  private static MediamonConfig configWithNewRawTopic(String prefix) throws Exception {
    String topic = TestKafka.uniqueName(prefix);
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(
        Setting.BOOTSTRAP_SERVERS.key(), TestKafka.bootstrapServers(), Setting.TOPIC_RAW.key(), topic));
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      admin.createTopics(Set.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    return config;
  }

  /** The raw topic's committed records: polled until {@code expected} arrived (30 s at most), then once more. */
  private static List<ConsumerRecord<String, byte[]>> published(MediamonConfig config, int expected) {
    String topic = config.get(Setting.TOPIC_RAW);
    Properties props = config.kafkaClientProperties();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, TestKafka.uniqueName(topic + "-check"));
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
        new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.poll(Duration.ofSeconds(1)).forEach(records::add); // anything beyond is a record too many
    }
    return records;
  }
}
