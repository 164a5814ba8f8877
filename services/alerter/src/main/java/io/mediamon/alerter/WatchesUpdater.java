package io.mediamon.alerter;

import io.mediamon.schema.Watch;
import io.mediamon.watches.WatchValidator;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the alerter's global store of watches in step with the watchlists topic (every alerter task sees every watch,
 * and a change applies to the next story version, without a restart); a tombstone removes a watch.
 *
 * <p>Values are decoded here: a record that is not a usable watch (not Avro, an unknown schema, a key that is not its
 * id, a watch a foreign writer left invalid) is skipped with a log line naming its partition, offset and reason, as
 * the correlator does for followed events. Left to the deserialization handler it would stop the global thread at
 * every start, since the compacted topic keeps it; and a global store cannot dead-letter exactly once. `mediamon
 * watch` checks a watch before writing it.
 */
final class WatchesUpdater implements Processor<String, byte[], Void, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(WatchesUpdater.class);

  private final String storeName;
  private final Deserializer<Watch> watches;
  private ProcessorContext<Void, Void> context;
  private KeyValueStore<String, Watch> store;

  WatchesUpdater(String storeName, Deserializer<Watch> watches) {
    this.storeName = storeName;
    this.watches = watches;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.context = context;
    store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (record.key() == null) {
      skip(record, "no key (a watch is keyed by its id)");
      return;
    }
    if (record.value() == null) {
      store.delete(record.key());
      return;
    }
    Watch watch;
    try {
      watch = watches.deserialize(where().topic(), record.headers(), record.value());
    } catch (RuntimeException e) {
      skip(record, "not a readable watch: " + e.getMessage());
      return;
    }
    if (!record.key().equals(watch.getWatchId())) {
      skip(record, "its key '" + record.key() + "' is not its watch id '" + watch.getWatchId() + "'");
      return;
    }
    List<String> problems = WatchValidator.problems(watch);
    if (!problems.isEmpty()) {
      skip(record, String.join("; ", problems));
      return;
    }
    store.put(record.key(), watch);
  }

  private void skip(Record<String, byte[]> record, String reason) {
    RecordMetadata at = where();
    LOG.warn("Watch skipped ({}-{}@{}, key {}): {}", at.topic(), at.partition(), at.offset(), record.key(), reason);
  }

  private RecordMetadata where() {
    return context.recordMetadata().orElseThrow(() -> new IllegalStateException("a global record has metadata"));
  }
}
