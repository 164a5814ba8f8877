package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.extractor.ExtractorTopology;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import io.mediamon.streams.StreamsService;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor's duplicate index on a real broker: an original and its copy on different partitions of the raw
 * topic, with a restart in between that loses the local state, so the index must come back from its changelogs.
 */
class ExtractorDuplicatesIT {
  private static final Duration WAIT = Duration.ofMinutes(2);

  @TempDir
  Path stateDir;

  @Test
  void copyOnAnotherPartitionIsFoundAfterARestartThatLostTheLocalState() throws Exception {
    MediamonConfig config = ItConfigs.unique(stateDir); // raw topic with 2 partitions
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
    }
    ArticleAnalyzer analyzer = Analyzers.shared().join();
    Properties settings = ExtractorTopology.settings(config);
    List<String> paragraphs = List.of(Files.readString(Paths.sampleCorpus().resolve("iran-taliban-talks.txt"))
        .strip().split("\\n\\s*\\n"));
    String body = String.join("\n\n", paragraphs.subList(1, 7));
    String copy = "By Staff Writer, Example Wire\n\n" + String.join("\n\n", paragraphs.subList(1, 6));

    try (StreamsService extractor = start(config, analyzer, settings)) {
      send(config, topics, 0, article("original", body));
      await().atMost(WAIT).until(() -> enriched(config, topics).size() == 1);
    }
    // Lose the local RocksDB state: the next start restores the index from the changelog topics.
    Path local = stateDir.resolve(settings.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
    assertTrue(Files.isDirectory(local), local + " should hold the extractor's state");
    deleteRecursively(local);

    try (StreamsService extractor = start(config, analyzer, settings)) {
      send(config, topics, 1, article("copy", copy));
      await().atMost(WAIT).until(() -> enriched(config, topics).size() == 2);
    }
    List<EnrichedArticle> out = enriched(config, topics);
    EnrichedArticle original = out.stream().filter(a -> a.getId().equals("original")).findFirst().orElseThrow();
    EnrichedArticle duplicate = out.stream().filter(a -> a.getId().equals("copy")).findFirst().orElseThrow();
    assertNull(original.getDuplicateOf());
    assertEquals("original", duplicate.getDuplicateOf());
    assertTrue(duplicate.getSimilarity() >= config.getDouble(io.mediamon.config.Setting.EXTRACTOR_DUPLICATE_THRESHOLD),
        "similarity " + duplicate.getSimilarity());
  }

  private static StreamsService start(MediamonConfig config, ArticleAnalyzer analyzer, Properties settings)
      throws Exception {
    StreamsService service = new StreamsService(ExtractorTopology.SERVICE,
        ExtractorTopology.build(config, analyzer), settings);
    service.start();
    service.awaitRunning(WAIT);
    return service;
  }

  private static void send(MediamonConfig config, MediamonTopics topics, int partition, RawArticle article)
      throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config.kafkaClientProperties(),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.raw().name(), partition,
          topics.raw().keySerde().serializer().serialize(topics.raw().name(), article.getId()),
          topics.raw().valueSerde().serializer().serialize(topics.raw().name(), article))).get();
    }
  }

  private static List<EnrichedArticle> enriched(MediamonConfig config, MediamonTopics topics) {
    List<EnrichedArticle> articles = new ArrayList<>();
    TopicReader.read(config, topics.enriched().name(), Map.of(), Long.MAX_VALUE,
        r -> articles.add(topics.enriched().valueSerde().deserializer().deserialize(r.topic(), r.value())));
    return articles;
  }

  private static RawArticle article(String id, String body) {
    return RawArticle.newBuilder().setId(id).setUrl("https://example.org/" + id).setSource("test")
        .setTitle(id).setBody(body).setContentType(ContentType.TEXT).setPublishedAt(null)
        .setFetchedAt(Instant.now()).build();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
