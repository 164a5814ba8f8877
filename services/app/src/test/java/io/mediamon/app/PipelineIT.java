package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.events.EventsFile;
import io.mediamon.app.events.EventsLoader;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.app.pipeline.PipelineDrain;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.ingest.FileIngest;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import io.mediamon.streams.errors.DeadLetters;
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
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on a real broker: articles in at the front, alerts read at the end. */
class PipelineIT {
  private static final Duration DRAIN = Duration.ofMinutes(3);

  @TempDir
  Path stateDir;

  @TempDir
  Path inputDir;

  private MediamonConfig config;
  private MediamonTopics topics;
  private Admin admin;
  private Pipeline pipeline;

  @BeforeEach
  void startPipeline() throws Exception {
    config = ItConfigs.unique(stateDir);
    topics = MediamonTopics.from(config);
    admin = KafkaAccess.reachableAdmin(config);
    TopicCreator.ensureTopics(admin, topics);
    EventsLoader.load(config, topics.events(), EventsFile.read(Paths.sampleEvents(), Instant.now()));
    pipeline = Pipeline.start(config, Set.of("extractor", "correlator", "alerter"), () -> Analyzers.shared().join());
    pipeline.awaitRunning(Duration.ofMinutes(2));
  }

  @AfterEach
  void stopPipeline() {
    pipeline.close();
    admin.close();
  }

  @Test
  void sampleArticleGivesOneNewEventAndAnUpdateOfTheFollowedOneAndRepeatsGiveNothing() throws Exception {
    List<Alert> first = ingestAndCollectAlerts(Paths.sampleCorpus());
    Alert iranTaliban = first.stream()
        .filter(a -> a.getKind() == AlertKind.NEW && a.getActors().containsAll(List.of("Iran", "Taliban")))
        .findFirst().orElseThrow(() -> new AssertionError("no NEW Iran–Taliban alert in " + first));
    assertEquals("CONSULT", iranTaliban.getEventType());
    Alert followed = first.stream().filter(a -> a.getEventId().equals("evt-us-taliban-peace-talks"))
        .findFirst().orElseThrow(() -> new AssertionError("the U.S.–Taliban event was not updated: " + first));
    assertEquals(AlertKind.UPDATE, followed.getKind());
    assertEquals(List.of("first report on followed event"), followed.getChanges());
    assertTrue(first.stream().noneMatch(a -> a.getEventId().equals("evt-brexit-negotiations")));
    assertEquals(first.size(), first.stream().map(Alert::getEventId).distinct().count(), "one alert per event");

    assertEquals(List.of(), ingestAndCollectAlerts(Paths.sampleCorpus()), "the same article again");

    // The same wire story reprinted under another URL by the same outlet: attached, but nothing material is new.
    List<String> lines = Files.readAllLines(Paths.sampleCorpus().resolve("iran-taliban-talks.txt"));
    String body = String.join("\n", lines.subList(1, lines.size()));
    Path copy = inputDir.resolve("copy.jsonl");
    Files.writeString(copy, io.mediamon.json.AvroJson.mapper().createObjectNode()
        .put("url", "https://reprint.example.org/world/iran-taliban?utm_source=feed")
        .put("title", "Iran holds talks with the Taliban").put("body", body).put("source", "files").toString());
    List<Alert> afterCopy = ingestAndCollectAlerts(copy);
    assertTrue(afterCopy.stream().noneMatch(a -> a.getKind() == AlertKind.NEW), "no second NEW: " + afterCopy);
  }

  @Test
  void unreadableAndUnprocessableArticlesAreDeadLetteredAndTheRestGoesOn() throws Exception {
    Properties props = config.kafkaClientProperties();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
        new ByteArraySerializer())) {
      // partition 0 on purpose, so the offsets below are known
      producer.send(new ProducerRecord<>(topics.raw().name(), 0, null, "garbage".getBytes(StandardCharsets.UTF_8)))
          .get();
      RawArticle blank = RawArticle.newBuilder().setId("blank").setUrl(null).setSource("test").setTitle("Blank")
          .setBody("   ").setContentType(ContentType.TEXT).setPublishedAt(null).setFetchedAt(Instant.now()).build();
      producer.send(new ProducerRecord<>(topics.raw().name(), 0, null, topics.raw().valueSerde().serializer()
          .serialize(topics.raw().name(), blank))).get();
    }
    ingestAndCollectAlerts(Paths.sampleCorpus());

    List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
    TopicReader.read(config, topics.deadLetter().name(), Map.of(), Long.MAX_VALUE, letters::add);
    assertEquals(2, letters.size(), "both bad records are dead-lettered");
    assertEquals("garbage", new String(letters.get(0).value(), StandardCharsets.UTF_8));
    assertEquals("deserialization", header(letters.get(0), DeadLetters.HEADER_STAGE));
    assertEquals(topics.raw().name(), header(letters.get(0), DeadLetters.HEADER_SOURCE_TOPIC));
    assertEquals("0", header(letters.get(0), DeadLetters.HEADER_SOURCE_PARTITION));
    assertEquals("0", header(letters.get(0), DeadLetters.HEADER_SOURCE_OFFSET));
    assertEquals("processing", header(letters.get(1), DeadLetters.HEADER_STAGE));
    assertEquals("1", header(letters.get(1), DeadLetters.HEADER_SOURCE_OFFSET));
    assertTrue(header(letters.get(1), DeadLetters.HEADER_REASON).toLowerCase().contains("empty"),
        header(letters.get(1), DeadLetters.HEADER_REASON));

    List<ConsumerRecord<byte[], byte[]>> enriched = new ArrayList<>();
    TopicReader.read(config, topics.enriched().name(), Map.of(), Long.MAX_VALUE, enriched::add);
    assertEquals(1, enriched.size(), "the good article went through");
  }

  private List<Alert> ingestAndCollectAlerts(Path input) throws Exception {
    Map<TopicPartition, Long> before = TopicReader.endOffsets(config, topics.alerts().name());
    FileIngest.ingestOnce(config, topics.raw(), List.of(input));
    PipelineDrain.await(admin, config, DRAIN, pipeline.anyFailure());
    List<Alert> alerts = new ArrayList<>();
    TopicReader.read(config, topics.alerts().name(), before, Long.MAX_VALUE,
        r -> alerts.add(topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value())));
    return alerts;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
