package io.mediamon.correlator;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.schema.EventMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * For each enriched article: matches every event mention against the followed events, attaches the article to
 * the events it is about, starts new events for the rest, and forwards each event that changed (to be written
 * back to the events topic).
 *
 * <p>Followed events come from a global store fed by the events topic (analysts' events and the pipeline's own).
 * What this task wrote itself may not have come back through the global store yet, so it is also kept in a
 * local, changelogged store; the newer of the two copies wins.
 */
final class CorrelateProcessor implements Processor<String, EnrichedArticle, String, Event> {
  private final String followedStoreName;
  private final String ownStoreName;
  private final EventMatcher matcher;
  private final NewsWindow window;
  private ProcessorContext<String, Event> context;
  private KeyValueStore<String, Event> followed;
  private KeyValueStore<String, Event> own;

  CorrelateProcessor(String followedStoreName, String ownStoreName, EventMatcher matcher, NewsWindow window) {
    this.followedStoreName = followedStoreName;
    this.ownStoreName = ownStoreName;
    this.matcher = matcher;
    this.window = window;
  }

  @Override
  public void init(ProcessorContext<String, Event> context) {
    this.context = context;
    this.followed = context.getStateStore(followedStoreName);
    this.own = context.getStateStore(ownStoreName);
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    if (article == null) {
      return;
    }
    Instant at = Instant.ofEpochMilli(record.timestamp());
    Map<String, Event> known = knownEvents();
    Map<String, Event> targets = new LinkedHashMap<>();
    Map<String, List<EventMention>> mentionsByEvent = new LinkedHashMap<>();
    for (EventMention mention : article.getEventMentions()) {
      if (EventMatcher.participants(mention).size() < 2) {
        continue; // who did what to whom needs two sides
      }
      Optional<Event> match = matcher.bestMatch(mention, known.values());
      if (match.isEmpty() && window.isBackground(mention, article)) {
        continue; // history retold: no new event, no alert
      }
      Event event = match.orElseGet(() -> EventUpdates.newEvent(mention, at));
      known.putIfAbsent(event.getEventId(), event); // later mentions of this article can join it
      targets.putIfAbsent(event.getEventId(), event);
      mentionsByEvent.computeIfAbsent(event.getEventId(), id -> new ArrayList<>()).add(mention);
    }
    for (Map.Entry<String, Event> target : targets.entrySet()) {
      Event before = target.getValue();
      Event after = EventUpdates.attach(before, article, mentionsByEvent.get(target.getKey()), at);
      // The same article again, or a copy that adds nothing, leaves the event as it was: nothing is written.
      if (EventUpdates.changed(before, after)) {
        own.put(after.getEventId(), after);
        context.forward(record.withKey(after.getEventId()).withValue(after));
      }
    }
  }

  /** Every followed event, preferring this task's own copy when it is newer. */
  private Map<String, Event> knownEvents() {
    Map<String, Event> events = new HashMap<>();
    try (KeyValueIterator<String, Event> all = followed.all()) {
      all.forEachRemaining((KeyValue<String, Event> kv) -> events.put(kv.key, kv.value));
    }
    try (KeyValueIterator<String, Event> all = own.all()) {
      all.forEachRemaining((KeyValue<String, Event> kv) -> events.merge(kv.key, kv.value,
          (global, mine) -> mine.getUpdatedAt().isBefore(global.getUpdatedAt()) ? global : mine));
    }
    return events;
  }
}
