package io.mediamon.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Seen article ids that survive a restart: a compacted topic keyed by article id (value: when it was marked, ISO-8601).
 * On start the whole topic is read into a bounded in-memory set; {@link #markSeen} writes through. Compaction keeps
 * one record per id, so the topic grows with the number of distinct articles, not with the number of polls.
 *
 * <p>Mark an id only after its article is acknowledged on the raw-article topic: a crash in between then means one
 * re-publication of the same id (at-least-once), never a lost article.
 */
public final class KafkaSeenArticles implements SeenArticles, AutoCloseable {
  private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

  private final InMemorySeenArticles ids;
  private final KafkaProducer<String, String> producer;
  private final String topic;
  private final Clock clock;
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  private KafkaSeenArticles(InMemorySeenArticles ids, KafkaProducer<String, String> producer, String topic,
      Clock clock) {
    this.ids = ids;
    this.producer = producer;
    this.topic = topic;
    this.clock = clock;
  }

  /** Creates the compacted topic when missing, loads every id in it, and returns the write-through set. */
  public static KafkaSeenArticles open(Properties kafka, String topic, int capacity, Clock clock)
      throws InterruptedException, ExecutionException {
    try (Admin admin = Admin.create(kafka)) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) -1)
          .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
    InMemorySeenArticles ids = new InMemorySeenArticles(capacity);
    Properties consumerProps = new Properties();
    consumerProps.putAll(kafka);
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, String> consumer =
             new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo info : consumer.partitionsFor(topic, LOAD_TIMEOUT)) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, LOAD_TIMEOUT);
      long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("seen-article topic " + topic + " not read within " + LOAD_TIMEOUT);
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.key() != null && record.value() != null) {
            ids.markSeen(record.key());
          }
        }
      }
    }
    Properties producerProps = new Properties();
    producerProps.putAll(kafka);
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
    return new KafkaSeenArticles(ids,
        new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer()), topic, clock);
  }

  @Override
  public boolean isSeen(String articleId) {
    return ids.isSeen(articleId);
  }

  @Override
  public void markSeen(String articleId) {
    ids.markSeen(articleId);
    producer.send(new ProducerRecord<>(topic, articleId, clock.instant().toString()), (metadata, error) -> {
      if (error != null) {
        failures.add(articleId + ": " + error.getMessage());
      }
    });
  }

  /** Waits for every mark; throws naming the ids that were not stored (they may be published again after a restart). */
  public void flush() {
    producer.flush();
    if (!failures.isEmpty()) {
      List<String> copy = List.copyOf(failures);
      failures.clear();
      throw new IllegalStateException(copy.size() + " seen mark(s) not stored: " + copy);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
  }
}
