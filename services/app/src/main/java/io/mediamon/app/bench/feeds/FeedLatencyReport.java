package io.mediamon.app.bench.feeds;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The figures of one {@code mediamon bench feeds}: a table for people, JSON for scripts. */
public record FeedLatencyReport(String command, FeedLatencyBench.Result result) {
  /** The target the issue sets: every new article on the raw topic within a minute of publication. */
  static final Duration TARGET = Duration.ofMinutes(1);

  /** The q-quantile (0..1) of the latencies, nearest rank; NaN when none arrived. */
  double quantile(double q) {
    List<Double> sorted = result.latencies().stream().sorted().toList();
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** Share of the published items on the raw topic within the target; missing items count as late. */
  double withinTarget() {
    long inTime = result.latencies().stream().filter(s -> s <= TARGET.toSeconds()).count();
    return result.published() == 0 ? 0 : (double) inTime / result.published();
  }

  int missing() {
    return result.published() - result.latencies().size();
  }

  public String table() {
    FeedLatencyBench.Options o = result.options();
    StringBuilder out = new StringBuilder();
    out.append(command).append('\n');
    out.append(String.format(Locale.ROOT, "feeds:   %d on %d sites (%d slow, answering after %.1f s; %d failing with "
        + "503), poll interval %d s, full-article fetch on, %d polled at a time%n", result.feeds(), o.sites(),
        o.slowSites(), o.slowDelay().toMillis() / 1000.0, o.failingSites(), o.pollInterval().toSeconds(),
        o.threads()));
    out.append(String.format(Locale.ROOT, "items:   %d new items at random moments over %d s in random working feeds, "
        + "after the first polls (%d of the %d items the feeds listed at start on the raw topic after %d s)%n%n",
        result.published(), o.window().toSeconds(), result.initialArrived(), result.initialItems(),
        result.warmup().toSeconds()));
    out.append(String.format(Locale.ROOT, "publication to raw topic: median %.1f s, p90 %.1f s, p99 %.1f s, max %.1f s"
        + "%n", quantile(0.5), quantile(0.9), quantile(0.99), quantile(1.0)));
    out.append(String.format(Locale.ROOT, "within a minute: %.1f %% (%d of %d); missing after the wait: %d; "
        + "published twice: %d%n", 100 * withinTarget(),
        result.latencies().stream().filter(s -> s <= TARGET.toSeconds()).count(), result.published(), missing(),
        result.duplicates()));
    return out.toString();
  }

  public ObjectNode json() {
    FeedLatencyBench.Options o = result.options();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("command", command);
    root.put("feeds", result.feeds());
    root.put("sites", o.sites());
    root.put("slowSites", o.slowSites());
    root.put("slowDelaySeconds", o.slowDelay().toMillis() / 1000.0);
    root.put("failingSites", o.failingSites());
    root.put("threads", o.threads());
    root.put("pollIntervalSeconds", o.pollInterval().toSeconds());
    root.put("initialItems", result.initialItems());
    root.put("initialArrived", result.initialArrived());
    root.put("warmupSeconds", result.warmup().toSeconds());
    root.put("published", result.published());
    root.put("arrived", result.latencies().size());
    root.put("missing", missing());
    root.put("duplicates", result.duplicates());
    root.put("medianSeconds", round(quantile(0.5)));
    root.put("p90Seconds", round(quantile(0.9)));
    root.put("p99Seconds", round(quantile(0.99)));
    root.put("maxSeconds", round(quantile(1.0)));
    root.put("withinAMinute", round(withinTarget()));
    return root;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
