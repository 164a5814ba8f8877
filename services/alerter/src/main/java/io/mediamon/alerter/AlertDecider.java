package io.mediamon.alerter;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.Event;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns event changes into alerts: the first time an event has a report, NEW (or UPDATE for an event analysts
 * were already following); afterwards an UPDATE only for a material change. The event as last alerted is kept in
 * a changelogged store, so a restart never alerts twice.
 */
final class AlertDecider implements Processor<String, Event, String, Alert> {
  private final String storeName;
  private ProcessorContext<String, Alert> context;
  private KeyValueStore<String, Event> lastAlerted;

  AlertDecider(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.lastAlerted = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, Event> record) {
    Event event = record.value();
    if (record.key() == null || event == null) {
      return; // a tombstone: the event is no longer followed
    }
    Event previous = lastAlerted.get(record.key());
    List<String> changes = MaterialChanges.between(previous, event);
    if (changes.isEmpty()) {
      return;
    }
    boolean isNew = previous == null && changes.get(0).equals("new event");
    lastAlerted.put(record.key(), event);
    context.forward(record.withValue(alertFor(event, isNew ? AlertKind.NEW : AlertKind.UPDATE, changes,
        Instant.ofEpochMilli(record.timestamp()))));
  }

  static Alert alertFor(Event event, AlertKind kind, List<String> changes, Instant at) {
    return Alert.newBuilder()
        .setEventId(event.getEventId())
        .setKind(kind)
        .setTitle(event.getTitle())
        .setEventType(event.getEventType())
        .setActors(event.getActors())
        .setLocation(event.getLocation())
        .setArticleIds(event.getArticleIds())
        .setSources(event.getSources())
        .setChanges(changes)
        .setFirstSeen(event.getFirstSeen())
        .setLastSeen(event.getLastSeen())
        .setEmittedAt(at)
        .build();
  }
}
