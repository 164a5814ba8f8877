package io.mediamon.alerter;

import io.mediamon.names.ActorNames;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What in a story is worth telling a monitoring desk again since its last alert: more outlets, counted in
 * escalation steps ({@code alerts.source-steps}, e.g. 3, 10, 30), so that a story spreading from 3 to 9 outlets
 * is one alert and not six; an actor among the story's five main actors that the last alert did not list; a claim by a speaker the last alert had no
 * claim from. More articles from the same outlets, or the same story under a new URL, are not.
 */
final class MaterialChanges {
  /** Actors, most prominent first, whose arrival is material. */
  static final int MAIN_ACTORS = 5;
  private final List<Integer> sourceSteps;

  /** @param sourceSteps increasing outlet counts (validated by the configuration) */
  MaterialChanges(List<Integer> sourceSteps) {
    this.sourceSteps = List.copyOf(sourceSteps);
  }

  /** The changes since the last alert, most important first; empty when there is nothing worth an alert. */
  List<String> since(AlertedStory lastAlert, Story current) {
    List<String> changes = new ArrayList<>();
    if (step(current.getSourceCount()) > step(lastAlert.sourceCount())) {
      changes.add("sources: " + current.getSourceCount() + " (was " + lastAlert.sourceCount() + ")");
    }
    // Only a newcomer among the main actors is news; lower ranks reshuffle as articles add their own names, and an
    // actor listed before under another form of its name ("Regina Benjamin", now "Regina M. Benjamin") is no newcomer.
    for (String actor : current.getActors().subList(0, Math.min(MAIN_ACTORS, current.getActors().size()))) {
      if (lastAlert.actors().stream().noneMatch(known -> isListedAs(known, actor, current))) {
        changes.add("new actor: " + actor);
      }
    }
    Set<String> speakers = new HashSet<>(lastAlert.speakers());
    for (StoryClaim claim : current.getClaims()) {
      // A story keeps the first claim of each speaker: one change per speaker, never the same speaker again.
      if (!claim.getSpeaker().isBlank() && speakers.add(claim.getSpeaker())) {
        changes.add("new claim: " + claim.getSpeaker() + ": " + claim.getContent());
      }
    }
    return changes;
  }

  /**
   * Whether an actor the last alert listed as {@code known} is now listed as {@code actor}: another form of its name,
   * or its full name where the story no longer lists the one word it was known by ("Obama", now "Barack Obama").
   */
  private static boolean isListedAs(String known, String actor, Story current) {
    return ActorNames.same(known, actor)
        || (ActorNames.isFullNameOf(actor, known) && !current.getActors().contains(known));
  }

  /** How many escalation steps an outlet count has reached (0 below the first). */
  private int step(int sourceCount) {
    int reached = 0;
    while (reached < sourceSteps.size() && sourceCount >= sourceSteps.get(reached)) {
      reached++;
    }
    return reached;
  }
}
