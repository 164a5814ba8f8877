package io.mediamon.spikes;

import io.mediamon.schema.Alert;
import io.mediamon.schema.SpikeSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Counts each article into the open windows of its subject and decides on them at once: a window that crosses the
 * {@link SpikeRule threshold} alerts with the article that made it cross, minutes into the window, not only when the
 * window closes (which is what suppression until the window closes would give: up to a window plus the grace late).
 *
 * <p>One alert per spike: the subject's {@link SpikeState} is kept from its alert until it has come back down (a
 * whole later window under the threshold); meanwhile only a window that reaches {@code spikes.escalation-factor}
 * times the alerted count alerts again. Windows go by the articles' publication times; an article that arrives more
 * than {@code spikes.grace-minutes} after its windows ended still counts (the baselines of a backfill are right) but
 * alerts nothing: old news is no spike. Decisions depend only on the records (their publication and record times),
 * never the wall clock, so a replay gives the same alerts.
 */
final class SpikeDetector implements Processor<String, SubjectArticle, String, Alert> {
  private final SpikesStores stores;
  private final WindowGrid grid;
  private final int baselineWindows;
  private final long graceMs;
  private final SpikeRule rule;
  private final SpikeSentence sentence;
  private ProcessorContext<String, Alert> context;
  private WindowStore<String, WindowTally> counts;
  private WindowStore<String, WindowCount> details;
  private WindowStore<String, SpikeState> alerted;
  private WindowStore<String, String> titles;

  SpikeDetector(SpikesStores stores, WindowGrid grid, int baselineWindows, Duration grace, SpikeRule rule) {
    this.stores = stores;
    this.grid = grid;
    this.baselineWindows = baselineWindows;
    this.graceMs = grace.toMillis();
    this.rule = rule;
    this.sentence = new SpikeSentence(Duration.ofMillis(grid.sizeMs()).toMinutes());
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    this.context = context;
    this.counts = context.getStateStore(SpikesStores.COUNTS);
    this.details = context.getStateStore(SpikesStores.DETAILS);
    this.alerted = context.getStateStore(SpikesStores.ALERTED);
    this.titles = context.getStateStore(SpikesStores.STORY_TITLES);
  }

  @Override
  public void process(Record<String, SubjectArticle> record) {
    String key = record.key();
    SubjectArticle article = record.value();
    if (key == null || article == null) {
      // The fan-out never writes either; thrown so that the processing handler dead-letters it with this reason.
      throw new IllegalArgumentException("subject record without a " + (key == null ? "key" : "value"));
    }
    long arrived = record.timestamp();
    // A publication time after the article reached mediamon is a wrong clock or time zone: it counts as arrived then.
    long at = Math.min(article.reportedAt(), arrived);
    List<Long> starts = grid.startsContaining(at);
    SubjectHistory history = load(key, starts.get(0), starts.get(starts.size() - 1));
    Map<Long, WindowCount> open = count(key, article, starts, history, arrived);
    SpikeState spike = lastSpike(key, at);
    if (spike != null && history.cameBackDown(spike, rule, at)) {
      alerted.put(key, null, spike.windowStart());
      spike = null;
    }
    decide(key, article, starts, open, history, spike, arrived);
  }

  /**
   * Adds the article to each of its windows: to the counts (history) of all, to the details of those that can still
   * alert, which it returns by window start.
   */
  private Map<Long, WindowCount> count(String key, SubjectArticle article, List<Long> starts, SubjectHistory history,
      long arrived) {
    Map<Long, WindowCount> open = new HashMap<>();
    for (long start : starts) {
      WindowTally tally = history.count(start).plusArticle();
      if (canAlert(start, arrived)) {
        WindowCount count = Objects.requireNonNullElse(details.fetch(key, start), WindowCount.EMPTY).add(article);
        details.put(key, count, start);
        open.put(start, count);
        // The larger of both, should the details have expired before the counts (an article far out of order).
        tally = WindowTally.of(count).atLeast(tally);
      }
      history.put(start, tally);
      counts.put(key, tally, start);
    }
    return open;
  }

  /** Alerts on the earliest open window that is a new spike, or a step of the current one; at most one alert. */
  private void decide(String key, SubjectArticle article, List<Long> starts, Map<Long, WindowCount> open,
      SubjectHistory history, SpikeState spike, long arrived) {
    for (long start : starts) {
      WindowCount count = open.get(start);
      if (count == null) {
        continue; // a window that closed long before this article came in: history, not news
      }
      WindowTally tally = history.count(start);
      double baseline = history.baseline(start);
      if (spike == null && rule.isSpike(tally, baseline)) {
        String subject = subject(key, article, arrived);
        alerted.put(key, new SpikeState(start, tally.articles(), baseline), start);
        send(key, article.kind(), subject, start, count, baseline, sentence.first(subject, count, baseline), arrived);
        return;
      }
      if (spike != null && rule.escalates(tally, spike)) {
        String subject = subject(key, article, arrived);
        alerted.put(key, new SpikeState(spike.windowStart(), tally.articles(), spike.baseline()), spike.windowStart());
        send(key, article.kind(), subject, start, count, baseline,
            sentence.escalation(subject, count, spike.articles(), baseline), arrived);
        return;
      }
    }
  }

  /** Whether a window may still alert for an article that arrived at {@code arrived}: ended less than the grace ago. */
  private boolean canAlert(long start, long arrived) {
    return grid.end(start) + graceMs > arrived;
  }

  /** The subject's windows from the first baseline window of the earliest open window up to the latest one. */
  private SubjectHistory load(String key, long firstStart, long lastStart) {
    long from = grid.before(firstStart, baselineWindows);
    SubjectHistory history = new SubjectHistory(grid, baselineWindows, from);
    try (WindowStoreIterator<WindowTally> windows =
        counts.fetch(key, Instant.ofEpochMilli(Math.max(0, from)), Instant.ofEpochMilli(lastStart))) {
      windows.forEachRemaining(w -> history.put(w.key, w.value));
    }
    return history;
  }

  /** The subject's spike state, if it has one that has not expired with the counts. */
  private SpikeState lastSpike(String key, long at) {
    long from = Math.max(0, at - stores.retention().toMillis());
    try (WindowStoreIterator<SpikeState> states = alerted.backwardFetch(key, Instant.ofEpochMilli(from),
        Instant.ofEpochMilli(at + grid.sizeMs()))) {
      return states.hasNext() ? states.next().value : null;
    }
  }

  /** An entity's name; a story's title as mediamon.stories last had it, else the title of one of its articles. */
  private String subject(String key, SubjectArticle article, long arrived) {
    if (article.kind() == SpikeSubject.ENTITY) {
      return article.name();
    }
    long retention = stores.retention().toMillis();
    try (WindowStoreIterator<String> title = titles.backwardFetch(key,
        Instant.ofEpochMilli(Math.max(0, arrived - retention)), Instant.ofEpochMilli(arrived + retention))) {
      if (title.hasNext()) {
        return title.next().value;
      }
    }
    return article.name() != null ? article.name() : key;
  }

  private void send(String key, SpikeSubject kind, String subject, long start, WindowCount count, double baseline,
      String line, long arrived) {
    Alert alert = SpikeAlerts.alert(key, kind, subject, start, grid.end(start), count, baseline, line, arrived);
    context.forward(new Record<>(key, alert, arrived));
  }
}
