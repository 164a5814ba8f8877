package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.config.MediamonConfig;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import io.mediamon.topics.TopicDescriptor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topic creation on a real broker when other clients create the same topics: two instances of mediamon starting at
 * the same moment both find the topics missing and both create them, and a topic created a moment ago may not be
 * listed yet. Neither is an error; a topic that exists is left as it is.
 */
class TopicCreatorIT {
  @TempDir
  Path stateDir;

  @Test
  void instancesStartingTogetherBothGetTheTopics() throws Exception {
    for (int round = 0; round < 5; round++) {
      MediamonTopics topics = MediamonTopics.from(ItConfigs.unique(stateDir.resolve("r" + round)));
      MediamonConfig config = ItConfigs.unique(stateDir);
      ExecutorService instances = Executors.newFixedThreadPool(3);
      try (Admin first = KafkaAccess.reachableAdmin(config); Admin second = KafkaAccess.reachableAdmin(config);
          Admin third = KafkaAccess.reachableAdmin(config)) {
        List<Callable<Void>> starts = new ArrayList<>();
        for (Admin admin : List.of(first, second, third)) {
          starts.add(() -> {
            TopicCreator.ensureTopics(admin, topics);
            return null;
          });
        }
        for (Future<Void> start : instances.invokeAll(starts)) {
          start.get(); // none of them fails
        }
        // a topic the controller has created is listed by the broker a moment later
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertEquals(names(topics), first.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(names(topics)::contains).collect(Collectors.toSet()), "every topic exists"));
      } finally {
        instances.shutdownNow();
      }
    }
  }

  @Test
  void aTopicCreatedJustBeforeIsLeftAsItIs() throws Exception {
    MediamonConfig config = ItConfigs.unique(stateDir);
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      admin.createTopics(List.of(new NewTopic(topics.enriched().name(), 1, (short) 1))).all().get();
      TopicCreator.ensureTopics(admin, topics);
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        TopicDescription enriched = admin.describeTopics(List.of(topics.enriched().name())).allTopicNames()
            .get(30, TimeUnit.SECONDS).get(topics.enriched().name());
        assertEquals(1, enriched.partitions().size(), "the existing topic keeps its one partition");
      });
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
          assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).containsAll(names(topics))));
    }
  }

  /**
   * The topic list read before creating can miss a topic made a moment ago, by an operator or another instance, with
   * other partitions than mediamon's layout. Creation then finds it exists, and waits for the partitions it has, not
   * for the ones it asked for (which would never be served: a minute's wait, then a failed start).
   */
  @Test
  void aTopicThatTurnsOutToExistIsServedWithThePartitionsItHas() throws Exception {
    MediamonConfig config = ItConfigs.unique(stateDir);
    MediamonTopics topics = MediamonTopics.from(config);
    String enriched = topics.enriched().name();
    String raw = topics.raw().name();
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      admin.createTopics(List.of(new NewTopic(enriched, 1, (short) 1))).all().get();
      TopicCreator.create(admin, List.of(new NewTopic(enriched, 2, (short) 1), new NewTopic(raw, 2, (short) 1)));
      Map<String, TopicDescription> described = admin.describeTopics(List.of(enriched, raw)).allTopicNames()
          .get(30, TimeUnit.SECONDS);
      assertEquals(1, described.get(enriched).partitions().size(), "the existing topic keeps its one partition");
      assertEquals(2, described.get(raw).partitions().size(), "the new topic has the partitions asked for");
    }
  }

  /**
   * A producer that writes the moment the topics are created loses nothing: its first request may reach the leader
   * before the partition is open, and the next one after (KAFKA-15591), unless creation waits until every partition
   * is served. A short delivery timeout turns a lost batch into a failed send here instead of a two-minute wait.
   */
  @Test
  void aProducerWritingTheMomentTopicsAreCreatedLosesNothing() throws Exception {
    for (int round = 0; round < 8; round++) {
      MediamonConfig config = ItConfigs.unique(stateDir.resolve("p" + round));
      MediamonTopics topics = MediamonTopics.from(config);
      try (Admin admin = KafkaAccess.reachableAdmin(config)) {
        TopicCreator.ensureTopics(admin, topics);
      }
      Properties props = config.kafkaClientProperties();
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      try (KafkaProducer<String, String> producer =
          new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
        for (int i = 0; i < 2000; i++) {
          sent.add(producer.send(new ProducerRecord<>(topics.raw().name(), "k" + i, "v" + i)));
        }
        producer.flush();
      }
      for (Future<RecordMetadata> ack : sent) {
        ack.get(); // throws if the batch was dropped
      }
    }
  }

  private static Set<String> names(MediamonTopics topics) {
    return topics.all().stream().map(TopicDescriptor::name).collect(Collectors.toSet());
  }
}
