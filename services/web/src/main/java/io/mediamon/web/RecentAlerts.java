package io.mediamon.web;

import io.mediamon.schema.Alert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the alerts of the last {@code web.alerts-retention-hours} (by the alerts' own time, emittedAt) in
 * {@value WebTopology#RECENT_ALERTS_STORE}, keyed so that the store's order is time order: the zero-padded epoch
 * milliseconds, the story id and the kind. Each alert deletes those that have become older than the retention (by
 * the newest alert time this task has seen), so the store stays bounded without a wall-clock punctuation.
 */
final class RecentAlerts implements Processor<String, Alert, Void, Void> {
  private final Duration retention;
  private KeyValueStore<String, Alert> store;
  private long newest = Long.MIN_VALUE;

  RecentAlerts(Duration retention) {
    this.retention = retention;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(WebTopology.RECENT_ALERTS_STORE);
  }

  @Override
  public void process(Record<String, Alert> record) {
    Alert alert = record.value();
    if (alert == null) {
      return;
    }
    long at = alert.getEmittedAt().toEpochMilli();
    long cutoff = Math.max(newest, at) - retention.toMillis();
    if (at < cutoff) {
      return;
    }
    store.put(key(at, alert.getEventId(), alert.getKind().name()), alert);
    if (at > newest) {
      newest = at;
      List<String> old = new ArrayList<>();
      try (KeyValueIterator<String, Alert> expired = store.range(null, timePrefix(cutoff))) {
        while (expired.hasNext()) {
          KeyValue<String, Alert> next = expired.next();
          if (next.key.compareTo(timePrefix(cutoff)) < 0) {
            old.add(next.key);
          }
        }
      }
      old.forEach(store::delete);
    }
  }

  static String key(long epochMillis, String eventId, String kind) {
    return timePrefix(epochMillis) + '\u0000' + eventId + '\u0000' + kind;
  }

  /** Thirteen digits cover every time from 1970 to the year 2286; earlier times (never an alert's) count as 0. */
  static String timePrefix(long epochMillis) {
    return String.format("%013d", Math.max(0, epochMillis));
  }
}
