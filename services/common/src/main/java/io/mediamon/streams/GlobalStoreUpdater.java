package io.mediamon.streams;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a global store in step with a compacted topic of records keyed by their own id (followed events, watches); a
 * tombstone removes the record.
 *
 * <p>It reads the topic's bytes and decodes them itself: a record that is not one of ours (garbage, an unknown
 * schema), has no key, a key that is not its id, or fails the record's own checks is skipped with a log line naming
 * its partition, offset and the reason. Left to the deserialization handler, such a record would stop the global
 * thread, and with it the service, on every start, since the compacted topic keeps it. A global store cannot write a
 * dead letter exactly once (it reprocesses its topic whenever it is restored), so the log line is the record's
 * outcome; the topic's writers in mediamon (`events load`, `watch`) check records before writing them.
 */
public final class GlobalStoreUpdater<V> implements Processor<String, byte[], Void, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(GlobalStoreUpdater.class);

  /**
   * What the records are, for the log lines: "Followed event" / "an event" / "event id" give "Followed event skipped
   * (...)", "no key (an event is keyed by its id)", "not a readable event: ...", "... is not its event id ...".
   */
  public record Kind(String title, String oneOf, String noun) {}

  private final String storeName;
  private final Deserializer<V> deserializer;
  private final Kind kind;
  private final Function<V, String> id;
  private final Function<V, List<String>> problems;
  private ProcessorContext<Void, Void> context;
  private KeyValueStore<String, V> store;

  /**
   * @param id the record's own id, which must be its key
   * @param problems the record's own checks: why it cannot be used (empty when it can)
   */
  public GlobalStoreUpdater(String storeName, Deserializer<V> deserializer, Kind kind, Function<V, String> id,
      Function<V, List<String>> problems) {
    this.storeName = storeName;
    this.deserializer = deserializer;
    this.kind = kind;
    this.id = id;
    this.problems = problems;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.context = context;
    store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (record.key() == null) {
      skip(record, "no key (" + kind.oneOf() + " is keyed by its id)");
      return;
    }
    if (record.value() == null) {
      store.delete(record.key());
      return;
    }
    V value;
    try {
      value = deserializer.deserialize(where().topic(), record.headers(), record.value());
    } catch (RuntimeException e) {
      skip(record, "not a readable " + kind.noun() + ": " + e.getMessage());
      return;
    }
    String own = id.apply(value);
    if (!record.key().equals(own)) {
      skip(record, "its key '" + record.key() + "' is not its " + kind.noun() + " id '" + own + "'");
      return;
    }
    List<String> unusable = problems.apply(value);
    if (!unusable.isEmpty()) {
      skip(record, String.join("; ", unusable));
      return;
    }
    store.put(record.key(), value);
  }

  private void skip(Record<String, byte[]> record, String reason) {
    RecordMetadata at = where();
    LOG.warn("{} skipped ({}-{}@{}, key {}): {}", kind.title(), at.topic(), at.partition(), at.offset(), record.key(),
        reason);
  }

  private RecordMetadata where() {
    return context.recordMetadata().orElseThrow(() -> new IllegalStateException("a global record has metadata"));
  }
}
