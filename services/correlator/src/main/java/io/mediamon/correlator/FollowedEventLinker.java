package io.mediamon.correlator;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.schema.EventMention;
import io.mediamon.schema.EventOrigin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the followed events (analysts' events on the events topic) that an article's event mentions report. Such a
 * link adds the article to the event's coverage; it never starts a story of its own. Only analysts' events are
 * followed: events the correlator itself wrote before stories existed are history.
 */
final class FollowedEventLinker {
  private static final Logger LOG = LoggerFactory.getLogger(FollowedEventLinker.class);

  private final EventMatcher matcher;

  FollowedEventLinker(EventMatcher matcher) {
    this.matcher = matcher;
  }

  List<String> linkedEvents(EnrichedArticle article, ReadOnlyKeyValueStore<String, Event> followed) {
    List<EventMention> mentions = article.getEventMentions().stream()
        .filter(m -> EventMatcher.participants(m).size() >= 2) // who did what to whom needs two sides
        .toList();
    if (mentions.isEmpty()) {
      return List.of();
    }
    List<Event> events = analystEvents(followed);
    Set<String> linked = new LinkedHashSet<>();
    for (EventMention mention : mentions) {
      Optional<Event> match = matcher.bestMatch(mention, events);
      match.ifPresent(e -> linked.add(e.getEventId()));
    }
    return new ArrayList<>(linked);
  }

  /**
   * The analysts' events. They are few (a desk follows tens to thousands), so reading them per article that has a
   * two-sided mention costs far less than its NER did; an event without actors can match nothing and is skipped.
   */
  private static List<Event> analystEvents(ReadOnlyKeyValueStore<String, Event> followed) {
    List<Event> events = new ArrayList<>();
    try (KeyValueIterator<String, Event> all = followed.all()) {
      all.forEachRemaining(kv -> {
        Event e = kv.value;
        if (e == null || e.getOrigin() != EventOrigin.ANALYST) {
          return;
        }
        if (e.getActors().isEmpty()) {
          LOG.debug("Followed event {} has no actors: no article can be linked to it", e.getEventId());
          return;
        }
        events.add(e);
      });
    }
    return events;
  }
}
