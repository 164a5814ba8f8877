package io.mediamon.alerter;

import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import java.util.List;

/**
 * What the last alert of a story told the desk, as far as later alerts compare against it: when it was sent (record
 * time), how many outlets had reported, the actors it listed and the speakers it had claims from. Bounded because
 * a story is: at most 10 actors and 10 speakers; and the watches it matched (as many as the desk has).
 *
 * @param alertedAt record time of the alert (its {@code emittedAt}), epoch millis
 * @param watchIds ids of the watches the alert matched
 */
record AlertedStory(long alertedAt, int sourceCount, List<String> actors, List<String> speakers,
    List<String> watchIds) {

  AlertedStory {
    actors = List.copyOf(actors);
    speakers = List.copyOf(speakers);
    watchIds = List.copyOf(watchIds);
  }

  static AlertedStory of(Story story, long alertedAt, List<String> watchIds) {
    return new AlertedStory(alertedAt, story.getSourceCount(), story.getActors(),
        story.getClaims().stream().map(StoryClaim::getSpeaker).distinct().toList(), watchIds);
  }
}
