package io.mediamon.app.pipeline;

import io.mediamon.config.MediamonConfig;
import io.mediamon.topics.TopicDescriptor;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Records a command writes for the user (followed events, watches) and only says done once every one is
 * acknowledged: an idempotent producer, acks=all, at most 15 s blocked on metadata.
 */
public final class AcknowledgedWrites {
  private AcknowledgedWrites() {}

  /** Sends the records, in order, and waits for each; a failure names the topic and the broker's reason. */
  public static <K, V> void send(MediamonConfig config, String clientId, TopicDescriptor<K, V> topic,
      List<ProducerRecord<K, V>> records) {
    Properties props = config.kafkaClientProperties();
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    try (KafkaProducer<K, V> producer = new KafkaProducer<>(props, topic.keySerde().serializer(),
        topic.valueSerde().serializer())) {
      List<Future<RecordMetadata>> sends = records.stream().map(producer::send).toList();
      for (Future<RecordMetadata> send : sends) {
        send.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing to " + topic.name(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot write to " + topic.name() + ": " + e.getCause().getMessage(), e);
    }
  }
}
