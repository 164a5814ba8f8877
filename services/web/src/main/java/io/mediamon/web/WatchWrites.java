package io.mediamon.web;

import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.Watch;
import io.mediamon.topics.TopicDescriptor;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes watches to the watchlists topic as {@code mediamon watch add|remove} does: keyed by watch id, a tombstone
 * to remove, an idempotent producer with acks=all, and only answered once the broker acknowledged.
 */
final class WatchWrites implements AutoCloseable {
  private final TopicDescriptor<String, Watch> topic;
  private final KafkaProducer<String, Watch> producer;

  WatchWrites(MediamonConfig config, TopicDescriptor<String, Watch> topic) {
    this.topic = topic;
    Properties props = config.kafkaClientProperties();
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "mediamon-web-watches");
    this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  void put(Watch watch) {
    send(new ProducerRecord<>(topic.name(), watch.getWatchId(), watch));
  }

  void remove(String watchId) {
    send(new ProducerRecord<>(topic.name(), watchId, null));
  }

  private void send(ProducerRecord<String, Watch> record) {
    try {
      producer.send(record).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Instances.Unavailable("interrupted while writing to " + topic.name());
    } catch (ExecutionException | TimeoutException e) {
      throw new Instances.Unavailable("cannot write to " + topic.name() + ": "
          + (e.getCause() != null ? e.getCause().getMessage() : e.toString()));
    }
  }

  @Override
  public void close() {
    producer.close(java.time.Duration.ofSeconds(5));
  }
}
