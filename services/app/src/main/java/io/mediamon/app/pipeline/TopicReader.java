package io.mediamon.app.pipeline;

import io.mediamon.config.MediamonConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic's committed records from given offsets up to its current end, without joining a consumer group:
 * for the demo's alerts and for {@code mediamon tail}.
 */
public final class TopicReader {
  private TopicReader() {}

  /** The current end offset (last stable offset) of every partition. */
  public static Map<TopicPartition, Long> endOffsets(MediamonConfig config, String topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(config)) {
      return consumer.endOffsets(partitions(consumer, topic), Duration.ofSeconds(30));
    }
  }

  /**
   * Reads from {@code from} (the beginning for partitions it does not name) to the end, at most {@code max}
   * records, in partition then offset order.
   */
  public static int read(MediamonConfig config, String topic, Map<TopicPartition, Long> from, long max,
      Consumer<ConsumerRecord<byte[], byte[]>> each) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(config)) {
      List<TopicPartition> partitions = partitions(consumer, topic);
      consumer.assign(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
      partitions.forEach(p -> consumer.seek(p, Math.max(begin.get(p), from.getOrDefault(p, 0L))));
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (records.size() < max && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
          && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
          if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
            records.add(r);
          }
        });
      }
      // poll interleaves partitions as fetches complete; the order promised is partition then offset
      records.sort(Comparator.comparingInt(ConsumerRecord<byte[], byte[]>::partition)
          .thenComparingLong(ConsumerRecord::offset));
      records.stream().limit(max).forEach(each);
      return (int) Math.min(max, records.size());
    }
  }

  /** The topic's partitions in order; IllegalArgumentException when it does not exist. */
  public static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
    var infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
    if (infos == null || infos.isEmpty()) {
      throw new IllegalArgumentException("topic '" + topic + "' does not exist");
    }
    return infos.stream().map(i -> new TopicPartition(topic, i.partition())).sorted(
        Comparator.comparingInt(TopicPartition::partition)).collect(Collectors.toList());
  }

  /**
   * Assigns every partition of the topics and moves to their current ends (resolved now, not at the first poll):
   * what the consumer then reads is what is committed from this moment on.
   */
  public static void assignAtEnd(KafkaConsumer<?, ?> consumer, List<String> topics) {
    List<TopicPartition> all = new java.util.ArrayList<>();
    topics.forEach(topic -> all.addAll(partitions(consumer, topic)));
    consumer.assign(all);
    consumer.seekToEnd(all);
    all.forEach(consumer::position);
  }

  /** A consumer of bytes that reads committed records only, without a group, for assign and seek. */
  public static KafkaConsumer<byte[], byte[]> consumer(MediamonConfig config) {
    Properties props = config.kafkaClientProperties();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
