package io.mediamon.spikes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.kafka.testing.TestKafka;
import io.mediamon.schema.Alert;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.streams.StreamsService;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spikes service on a real broker, exactly-once, with topics of its own: a quiet day then a burst gives one SPIKE
 * on both alert topics (read committed); after a restart on an empty state directory (the stores come back from
 * their changelogs) the subject, still high, is not alerted again, while another subject's burst is.
 */
class SpikesIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path firstStateDir;
  @TempDir
  Path secondStateDir;

  @Test
  void oneSpikePerBurstAcrossARestart() throws Exception {
    MediamonConfig config = config(firstStateDir);
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      TopicCreator.ensureTopics(admin, topics);
    }
    // Hours before now, so that the brokers' time-based retention keeps every record.
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(40));
    List<EnrichedArticle> day = new ArrayList<>();
    for (int h = 0; h < 26; h++) {
      for (int m : new int[] {5, 25, 45}) {
        day.add(SpikeInputs.article("q-" + h + "-" + m, "quiet-" + (m / 20), "Taliban",
            t0.plus(Duration.ofHours(h)).plus(Duration.ofMinutes(m))));
      }
    }
    try (StreamsService service = service(config); Admin admin = Admin.create(config.kafkaClientProperties())) {
      // The day first, then the burst, as they come live: read as one backlog, the two input partitions interleave
      // out of publication order, and a burst judged before its day is in has too low a baseline (see README).
      produce(config, topics, day);
      service.awaitRunning(Duration.ofMinutes(2));
      drain(admin, config);
      produce(config, topics, burst("Taliban", "b", t0.plus(Duration.ofHours(26)), 20, 19));
      List<ConsumerRecord<String, Alert>> first = awaitAlerts(config, topics, 1);
      assertEquals("entity:Taliban", first.get(0).key());
      assertEquals(12, first.get(0).value().getSpike().getArticles());
      assertEquals(3.0, first.get(0).value().getSpike().getBaseline(), 1e-9);
      List<ConsumerRecord<String, String>> documents = awaitDocuments(config, topics, 1);
      assertEquals("entity:Taliban", documents.get(0).key());
      assertEquals("SPIKE", JSON.readTree(documents.get(0).value()).get("kind").asText());
    }

    // Same application, nothing on disk: the windows and the spike state are restored from their changelogs.
    MediamonConfig restarted = config.with(Setting.STATE_DIR, secondStateDir.toString());
    try (StreamsService service = service(restarted)) {
      // Taliban stays high (20 an hour, never three times the 12 alerted in a window); Hamas bursts from nothing.
      List<EnrichedArticle> more = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        more.add(SpikeInputs.article("c-" + i, "outlet-" + (i % 10), "Taliban",
            t0.plus(Duration.ofHours(26)).plus(Duration.ofMinutes(30 + 3 * i))));
      }
      more.addAll(burst("Hamas", "h", t0.plus(Duration.ofHours(27)), 20, 19));
      produce(restarted, topics, more);
      service.awaitRunning(Duration.ofMinutes(2));
      List<ConsumerRecord<String, Alert>> all = awaitAlerts(restarted, topics, 2);
      assertEquals(List.of("entity:Hamas", "entity:Taliban"), all.stream().map(ConsumerRecord::key).sorted().toList(),
          "Taliban's spike once, before the restart; Hamas's now");
    }
  }

  private static void drain(Admin admin, MediamonConfig config) {
    String application = config.get(Setting.APPLICATION_ID_PREFIX) + "-" + SpikesTopology.SERVICE;
    ServiceDrain.await(admin, application, List.of(config.get(Setting.TOPIC_ENRICHED),
        application + "-spikes-subjects-repartition"), Duration.ofMinutes(2));
  }

  /** {@code count} articles a minute apart from {@code outlets} outlets in turn. */
  private static List<EnrichedArticle> burst(String entity, String prefix, Instant start, int count, int outlets) {
    List<EnrichedArticle> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      articles.add(SpikeInputs.article(prefix + "-" + i, "outlet-" + (i % outlets), entity,
          start.plus(Duration.ofMinutes(i))));
    }
    return articles;
  }

  private static MediamonConfig config(Path stateDir) {
    String id = TestKafka.uniqueName("spikes-it");
    return MediamonConfig.defaults().with(Map.of(
        Setting.BOOTSTRAP_SERVERS.key(), TestKafka.bootstrapServers(),
        Setting.APPLICATION_ID_PREFIX.key(), id,
        Setting.TOPIC_ENRICHED.key(), id + ".enriched",
        Setting.TOPIC_STORIES.key(), id + ".stories",
        Setting.TOPIC_STORY_ARTICLES.key(), id + ".story-articles",
        Setting.TOPIC_ALERTS.key(), id + ".alerts",
        Setting.TOPIC_DEAD_LETTER.key(), id + ".dead-letter",
        Setting.TOPIC_PARTITIONS.key(), "2",
        Setting.STATE_DIR.key(), stateDir.toString()));
  }

  private static StreamsService service(MediamonConfig config) {
    StreamsService service = new StreamsService(SpikesTopology.SERVICE, SpikesTopology.build(config),
        StreamsSettings.forService(config, SpikesTopology.SERVICE));
    service.start();
    return service;
  }

  /** Each article a minute after its publication, as the record time of an article that reached mediamon then. */
  private static void produce(MediamonConfig config, MediamonTopics topics, List<EnrichedArticle> articles) {
    Properties props = config.kafkaClientProperties();
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(props,
        topics.enriched().keySerde().serializer(), topics.enriched().valueSerde().serializer())) {
      for (EnrichedArticle a : articles) {
        producer.send(new ProducerRecord<>(topics.enriched().name(), null,
            a.getPublishedAt().plus(Duration.ofMinutes(1)).toEpochMilli(), a.getId(), a));
      }
      producer.flush();
    }
  }

  private static List<ConsumerRecord<String, Alert>> awaitAlerts(MediamonConfig config, MediamonTopics topics,
      int expected) {
    return awaitRecords(config, topics.alerts().name(), topics.alerts().valueSerde().deserializer(), expected);
  }

  private static List<ConsumerRecord<String, String>> awaitDocuments(MediamonConfig config, MediamonTopics topics,
      int expected) {
    return awaitRecords(config, topics.alertsJson().name(), topics.alertsJson().valueSerde().deserializer(),
        expected);
  }

  /**
   * Reads the topic from the start (read committed) until it holds {@code expected} records, then keeps reading for
   * a few more seconds to see that no more come.
   */
  private static <V> List<ConsumerRecord<String, V>> awaitRecords(MediamonConfig config, String topic,
      Deserializer<V> values, int expected) {
    Properties props = config.kafkaClientProperties();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, TestKafka.uniqueName("spikes-it-reader"));
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, V>> records = new ArrayList<>();
    try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props,
        new org.apache.kafka.common.serialization.StringDeserializer(), values)) {
      consumer.subscribe(List.of(topic));
      Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records.size() >= expected;
      });
      long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      while (System.nanoTime() < until) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    assertEquals(expected, records.size(), records.toString());
    return records;
  }
}
