package io.mediamon.app.events;

import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.Event;
import io.mediamon.topics.TopicDescriptor;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes followed events to the events topic, keyed by event id, and waits until every one is acknowledged. */
public final class EventsLoader {
  private EventsLoader() {}

  public static void load(MediamonConfig config, TopicDescriptor<String, Event> topic, List<Event> events) {
    Properties props = config.kafkaClientProperties();
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "mediamon-events-load");
    try (KafkaProducer<String, Event> producer = new KafkaProducer<>(props, topic.keySerde().serializer(),
        topic.valueSerde().serializer())) {
      var sends = events.stream()
          .map(e -> producer.send(new ProducerRecord<>(topic.name(), e.getEventId(), e)))
          .toList();
      for (var send : sends) {
        send.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading events", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot write events to " + topic.name() + ": " + e.getCause().getMessage(), e);
    }
  }
}
