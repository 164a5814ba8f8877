package io.mediamon.app.events;

import io.mediamon.app.pipeline.AcknowledgedWrites;
import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.Event;
import io.mediamon.topics.TopicDescriptor;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes followed events to the events topic, keyed by event id, and waits until every one is acknowledged. */
public final class EventsLoader {
  private EventsLoader() {}

  public static void load(MediamonConfig config, TopicDescriptor<String, Event> topic, List<Event> events) {
    AcknowledgedWrites.send(config, "mediamon-events-load", topic,
        events.stream().map(e -> new ProducerRecord<>(topic.name(), e.getEventId(), e)).toList());
  }
}
