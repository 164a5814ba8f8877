package io.mediamon.correlator;

import io.mediamon.schema.Event;
import io.mediamon.schema.EventMention;
import io.mediamon.stories.ActionCategory;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which followed event, if any, an event mention reports: the same kind of action and enough shared
 * participants. Among several candidates the one sharing most participants wins, then the one at the same place,
 * then the most recently updated.
 */
final class EventMatcher {
  private final int minSharedActors;

  EventMatcher(int minSharedActors) {
    this.minSharedActors = minSharedActors;
  }

  /** Everyone the mention names as taking part, actors first, each once. */
  static Set<String> participants(EventMention mention) {
    Set<String> all = new LinkedHashSet<>(mention.getActors());
    all.addAll(mention.getTargets());
    return all;
  }

  Optional<Event> bestMatch(EventMention mention, Collection<Event> candidates) {
    Set<String> participants = participants(mention);
    Event best = null;
    double bestScore = 0;
    for (Event event : candidates) {
      double score = score(mention, participants, event);
      if (score > bestScore || (score == bestScore && best != null && score > 0
          && event.getUpdatedAt().isAfter(best.getUpdatedAt()))) {
        best = event;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** 0 when the mention is not about the event; otherwise higher is a better match. */
  double score(EventMention mention, Set<String> participants, Event event) {
    if (!ActionCategory.compatible(mention.getAction(), event.getEventType())) {
      return 0;
    }
    long shared = event.getActors().stream().filter(participants::contains).count();
    long required = Math.min(minSharedActors, Math.min(event.getActors().size(), participants.size()));
    if (shared == 0 || shared < required) {
      return 0;
    }
    boolean samePlace = mention.getPlace() != null && mention.getPlace().equals(event.getLocation());
    return shared + (samePlace ? 0.5 : 0);
  }
}
