package io.mediamon.app.bench;

import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.topics.MediamonTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Watches the enriched and dead-letter topics (committed records only, as a downstream service sees them) until
 * every expected article came out one way or the other, and notes the moment the last one did.
 */
final class EnrichedCollector implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Deserializer<EnrichedArticle> deserializer;
  private final String enrichedTopic;
  private final String deadLetterTopic;
  private Set<String> expected = Set.of();
  private final Map<String, Integer> enriched = new HashMap<>();
  private final Set<String> deadLettered = new HashSet<>();
  private final Set<String> accounted = new HashSet<>();
  private int duplicates;
  private int markedCopies;
  private long tokens;
  private long firstOutNanos;

  /**
   * @param firstOutAtNanos {@link System#nanoTime()} of the poll that returned the first expected article
   * @param completedAtNanos {@link System#nanoTime()} of the poll that returned the last expected article
   */
  record Result(int enriched, int deadLettered, int duplicates, int markedCopies, long tokens, long firstOutAtNanos,
      long completedAtNanos) {}

  EnrichedCollector(MediamonConfig config, MediamonTopics topics) {
    this.enrichedTopic = topics.enriched().name();
    this.deadLetterTopic = topics.deadLetter().name();
    this.deserializer = topics.enriched().valueSerde().deserializer();
    Properties props = config.kafkaClientProperties();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "mediamon-bench-collector");
    this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(enrichedTopic, deadLetterTopic)) {
      partitionsOf(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    // Resolve the start offsets now, so that the measured run does not pay for it.
    partitions.forEach(consumer::position);
  }

  /**
   * The topic's partitions. A topic created a moment ago may not be in the metadata the consumer gets yet: it then
   * has no partitions, and asks again.
   */
  private List<PartitionInfo> partitionsOf(String topic) {
    long deadline = System.nanoTime() + METADATA_TIMEOUT.toNanos();
    while (true) {
      List<PartitionInfo> found = consumer.partitionsFor(topic, METADATA_TIMEOUT);
      if (found != null && !found.isEmpty()) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topic " + topic + " has no partitions after " + METADATA_TIMEOUT);
      }
      try {
        Thread.sleep(100); // the broker is still creating it: there is nothing to wait on but time
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for topic " + topic, e);
      }
    }
  }

  /**
   * Polls on from where the last call stopped until every one of these articles is enriched or dead-lettered
   * (records of other articles are passed over); throws when the deadline or a failure comes first.
   */
  Result awaitAll(Set<String> ids, long deadlineNanos, CompletableFuture<?> failure) throws TimeoutException {
    return awaitAll(ids, deadlineNanos, failure, accounted -> { });
  }

  /**
   * As above; {@code progress} hears after each poll which of the articles are accounted for so far (a read-only view,
   * valid during the call).
   */
  Result awaitAll(Set<String> ids, long deadlineNanos, CompletableFuture<?> failure, Consumer<Set<String>> progress)
      throws TimeoutException {
    expected = Set.copyOf(ids);
    enriched.clear();
    deadLettered.clear();
    accounted.clear();
    duplicates = 0;
    markedCopies = 0;
    tokens = 0;
    firstOutNanos = 0;
    while (accounted() < expected.size()) {
      if (failure.isCompletedExceptionally()) {
        failure.join(); // throws the service's failure
      }
      if (System.nanoTime() > deadlineNanos) {
        throw new TimeoutException("only " + accounted() + " of " + expected.size()
            + " articles reached the enriched or dead-letter topic in time");
      }
      consumer.poll(POLL).forEach(this::take);
      progress.accept(Collections.unmodifiableSet(accounted));
      if (firstOutNanos == 0 && accounted() > 0) {
        firstOutNanos = System.nanoTime();
      }
    }
    return new Result(enriched.size(), deadLettered.size(), duplicates, markedCopies, tokens, firstOutNanos, System.nanoTime());
  }

  private void take(ConsumerRecord<byte[], byte[]> record) {
    if (record.key() == null) {
      return;
    }
    String id = new String(record.key(), StandardCharsets.UTF_8);
    if (!expected.contains(id)) {
      return;
    }
    accounted.add(id);
    if (record.topic().equals(deadLetterTopic)) {
      deadLettered.add(id);
    } else if (enriched.merge(id, 1, Integer::sum) > 1) {
      duplicates++;
    } else {
      EnrichedArticle article = deserializer.deserialize(enrichedTopic, record.value());
      tokens += TokenCounter.count(article.getCleanText());
      if (article.getDuplicateOf() != null) {
        markedCopies++;
      }
    }
  }

  private int accounted() {
    return accounted.size();
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(10));
  }
}
