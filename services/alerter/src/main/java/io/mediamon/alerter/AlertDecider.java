package io.mediamon.alerter;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.AlertWatch;
import io.mediamon.schema.Story;
import io.mediamon.schema.Watch;
import io.mediamon.watches.WatchMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns story versions into alerts: the story's {@link FirstAlert first alert} once it qualifies, afterwards an
 * UPDATE only for {@link MaterialChanges material changes} since the last alert, at most one per story per
 * {@code alerts.update-min-interval-minutes}.
 *
 * <p>A material change that comes sooner is held: the story's latest version waits in the pending store, and one
 * UPDATE naming every change since the last alert goes out once the interval has passed, either with the story's
 * next version or with the first record of any story of its partition after the interval (so a story that goes
 * quiet still gets its held change out, as soon as other stories of its partition move time on). The changes are worked out again
 * against the latest version when the alert is sent, so a change that is gone by then (an actor that dropped out of
 * the top ten) is not sent. Stream time, never wall-clock time: the same stories in the same order give
 * byte-identical alerts.
 *
 * <p>Watches (the global store of {@code mediamon.watchlists}) are matched against every version: an alert names the
 * watches the story matches and takes the highest severity among them; a story that matches a watch is NEW even when
 * the general rule would not announce it yet (a single-outlet story about a watched person), and an alerted story
 * that comes to match another watch gets an UPDATE for it, subject to the same interval.
 *
 * <p>What each story was last alerted with is kept in a changelogged store, so a restart never alerts twice.
 */
final class AlertDecider implements Processor<String, Story, String, Alert> {
  private final String lastAlertedStoreName;
  private final String pendingStoreName;
  private final String watchesStoreName;
  private final FirstAlert firstAlert;
  private final MaterialChanges materialChanges;
  private final long minIntervalMs;
  private ProcessorContext<String, Alert> context;
  private KeyValueStore<String, AlertedStory> lastAlerted;
  private KeyValueStore<String, Story> pending;
  private KeyValueStore<String, Watch> watches;

  AlertDecider(String lastAlertedStoreName, String pendingStoreName, String watchesStoreName, FirstAlert firstAlert,
      MaterialChanges materialChanges, Duration minInterval) {
    this.lastAlertedStoreName = lastAlertedStoreName;
    this.pendingStoreName = pendingStoreName;
    this.watchesStoreName = watchesStoreName;
    this.firstAlert = firstAlert;
    this.materialChanges = materialChanges;
    this.minIntervalMs = minInterval.toMillis();
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.lastAlerted = context.getStateStore(lastAlertedStoreName);
    this.pending = context.getStateStore(pendingStoreName);
    this.watches = context.getStateStore(watchesStoreName);
  }

  @Override
  public void process(Record<String, Story> record) {
    String storyId = record.key();
    if (storyId == null) {
      // Not a story of the compacted topic (a foreign writer's mistake): a story's state lives in the task of its
      // key's partition, so this one cannot be decided on without splitting a story's state over two tasks. Thrown,
      // so that the processing exception handler dead-letters it with this reason; it used to vanish without a trace.
      throw new IllegalArgumentException("story record without a key (stories are keyed by story id"
          + (record.value() == null ? "" : "; this one's is '" + record.value().getStoryId() + "'") + ")");
    }
    Story story = record.value();
    if (story == null) {
      // A tombstone: the story is gone, and so is what we knew of it.
      lastAlerted.delete(storyId);
      pending.delete(storyId);
      return;
    }
    long now = record.timestamp();
    // Held changes go out with the first record after their interval, whichever story it is about: a function of
    // the input alone (a punctuation's schedule starts afresh after a restart), so a replay gives the same alerts.
    sendDue(now, storyId);
    AlertedStory last = lastAlerted.get(storyId);
    List<AlertWatch> matched = matchedWatches(story);
    if (last == null) {
      Optional<FirstAlert.Decision> first = firstAlert.decide(story);
      if (first.isPresent()) {
        send(storyId, story, first.get().kind(), List.of(first.get().change()), now, matched);
      } else if (!matched.isEmpty()) {
        List<String> changes = new ArrayList<>(List.of("new story"));
        changes.addAll(watchChanges(matched));
        send(storyId, story, AlertKind.NEW, changes, now, matched);
      }
      return;
    }
    List<String> changes = changes(last, story, matched);
    if (changes.isEmpty()) {
      dropPending(storyId); // whatever was held is gone again
    } else if (now - last.alertedAt() >= minIntervalMs) {
      dropPending(storyId);
      send(storyId, story, AlertKind.UPDATE, changes, now, matched);
    } else {
      pending.put(storyId, story);
    }
  }

  /** Sends the held stories whose interval has passed by {@code now}, but {@code current}: its newer version decides. */
  private void sendDue(long now, String current) {
    List<KeyValue<String, Story>> due = new ArrayList<>();
    // The store iterates in key order, so several stories due at once go out in the same order on every run.
    try (KeyValueIterator<String, Story> held = pending.all()) {
      held.forEachRemaining(entry -> {
        AlertedStory last = lastAlerted.get(entry.key);
        if (!entry.key.equals(current) && (last == null || now - last.alertedAt() >= minIntervalMs)) {
          due.add(entry);
        }
      });
    }
    for (KeyValue<String, Story> entry : due) {
      pending.delete(entry.key);
      AlertedStory last = lastAlerted.get(entry.key);
      List<AlertWatch> matched = matchedWatches(entry.value);
      List<String> changes = last == null ? List.of() : changes(last, entry.value, matched);
      if (!changes.isEmpty()) {
        send(entry.key, entry.value, AlertKind.UPDATE, changes, now, matched);
      }
    }
  }

  private void send(String storyId, Story story, AlertKind kind, List<String> changes, long at,
      List<AlertWatch> matched) {
    lastAlerted.put(storyId, AlertedStory.of(story, at, matched.stream().map(AlertWatch::getWatchId).toList()));
    context.forward(new Record<>(storyId, StoryAlerts.alertFor(story, kind, changes, at, matched), at));
  }

  /** The material changes since the last alert, and the watches the story matches now and did not then. */
  private List<String> changes(AlertedStory last, Story story, List<AlertWatch> matched) {
    List<String> changes = new ArrayList<>(materialChanges.since(last, story));
    List<AlertWatch> newlyMatched = matched.stream().filter(w -> !last.watchIds().contains(w.getWatchId())).toList();
    changes.addAll(watchChanges(newlyMatched));
    return changes;
  }

  private static List<String> watchChanges(List<AlertWatch> matched) {
    return matched.stream().map(w -> "matches watch " + w.getName()).toList();
  }

  /** The watches the story matches; the store holds the desk's watches (tens, not millions), so it is read whole. */
  private List<AlertWatch> matchedWatches(Story story) {
    List<Watch> all = new ArrayList<>();
    try (KeyValueIterator<String, Watch> it = watches.all()) {
      it.forEachRemaining(entry -> all.add(entry.value));
    }
    return WatchMatcher.matches(story, all);
  }

  // Most versions of a story hold nothing; deleting blindly would write a changelog tombstone for each.
  private void dropPending(String storyId) {
    if (pending.get(storyId) != null) {
      pending.delete(storyId);
    }
  }
}
