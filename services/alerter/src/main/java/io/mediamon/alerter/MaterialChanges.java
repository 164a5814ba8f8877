package io.mediamon.alerter;

import io.mediamon.schema.Event;
import io.mediamon.schema.EventOrigin;
import java.util.ArrayList;
import java.util.List;

/**
 * What in an event is worth telling a monitoring desk again: a new actor, a new outlet reporting it, a new claim.
 * A new URL for the same story, or the same article again, is not.
 */
final class MaterialChanges {
  private MaterialChanges() {}

  /** The changes since the last alert; empty when there is nothing worth an alert. */
  static List<String> between(Event lastAlerted, Event current) {
    List<String> changes = new ArrayList<>();
    if (current.getArticleIds().isEmpty()) {
      return changes; // a followed event no article has reported yet: nothing has happened
    }
    if (lastAlerted == null) {
      changes.add(current.getOrigin() == EventOrigin.PIPELINE ? "new event" : "first report on followed event");
      return changes;
    }
    newItems("actor", lastAlerted.getActors(), current.getActors(), changes);
    newItems("source", lastAlerted.getSources(), current.getSources(), changes);
    newItems("claim", lastAlerted.getClaims(), current.getClaims(), changes);
    return changes;
  }

  private static void newItems(String what, List<String> before, List<String> after, List<String> changes) {
    after.stream().filter(item -> !before.contains(item)).forEach(item -> changes.add("new " + what + ": " + item));
  }
}
