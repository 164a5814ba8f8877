package io.mediamon.correlator;

import io.mediamon.schema.Event;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global store of followed events in step with the events topic; a tombstone stops following.
 *
 * <p>It reads the topic's bytes and decodes them itself: a record that is not an event (garbage, an unknown schema)
 * or has no key is skipped with a log line naming its partition, offset and the reason. Left to the deserialization
 * handler, such a record would stop the global thread, and with it the correlator, on every start, since the
 * compacted topic keeps it. A global store cannot write a dead letter exactly once (it reprocesses its topic when it
 * is restored), so the log line is the record's outcome; the events topic's writers are told by {@code events load},
 * which validates before writing.
 */
final class FollowedEventsUpdater implements Processor<String, byte[], Void, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(FollowedEventsUpdater.class);

  private final String storeName;
  private final Deserializer<Event> events;
  private ProcessorContext<Void, Void> context;
  private KeyValueStore<String, Event> store;

  FollowedEventsUpdater(String storeName, Deserializer<Event> events) {
    this.storeName = storeName;
    this.events = events;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.context = context;
    store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (record.key() == null) {
      skip(record, "no key (an event is keyed by its id)");
      return;
    }
    if (record.value() == null) {
      store.delete(record.key());
      return;
    }
    Event event;
    try {
      event = events.deserialize(where().topic(), record.headers(), record.value());
    } catch (RuntimeException e) {
      skip(record, "not a readable event: " + e.getMessage());
      return;
    }
    if (!record.key().equals(event.getEventId())) {
      skip(record, "its key '" + record.key() + "' is not its event id '" + event.getEventId() + "'");
      return;
    }
    store.put(record.key(), event);
  }

  private void skip(Record<String, byte[]> record, String reason) {
    RecordMetadata at = where();
    LOG.warn("Followed event skipped ({}-{}@{}, key {}): {}", at.topic(), at.partition(), at.offset(), record.key(),
        reason);
  }

  private RecordMetadata where() {
    return context.recordMetadata().orElseThrow(() -> new IllegalStateException("a global record has metadata"));
  }
}
