package io.mediamon.spikes;

import java.util.HashMap;
import java.util.Map;

/**
 * The window tallies of one subject, read from the window-counts store once per record (one range read instead of a
 * point read per baseline window), updated in place; windows without articles are not stored and count 0.
 */
final class SubjectHistory {
  private final WindowGrid grid;
  private final int baselineWindows;
  private final long loadedFrom;
  private final Map<Long, WindowTally> windows = new HashMap<>();

  /** @param loadedFrom the earliest window start the history was read from: older windows are unknown, not empty */
  SubjectHistory(WindowGrid grid, int baselineWindows, long loadedFrom) {
    this.grid = grid;
    this.baselineWindows = baselineWindows;
    this.loadedFrom = loadedFrom;
  }

  void put(long start, WindowTally count) {
    windows.put(start, count);
  }

  WindowTally count(long start) {
    return windows.getOrDefault(start, WindowTally.EMPTY);
  }

  /** Mean articles of the {@code baselineWindows} back-to-back windows before the window starting at {@code start}. */
  double baseline(long start) {
    long articles = 0;
    for (int i = 1; i <= baselineWindows; i++) {
      articles += count(grid.before(start, i)).articles();
    }
    return (double) articles / baselineWindows;
  }

  /**
   * Whether the subject has come back down since its spike began: a whole window that started after the spike's
   * first window and ended by {@code time} stayed under the spike's threshold (judged against the baseline the spike
   * was alerted with). Only known windows are looked at: a spike older than the history stays up until one of them
   * is low.
   */
  boolean cameBackDown(SpikeState spike, SpikeRule rule, long time) {
    long first = Math.max(spike.windowStart() + grid.advanceMs(), ceil(loadedFrom));
    for (long start = first; grid.end(start) <= time; start += grid.advanceMs()) {
      if (!rule.isSpike(count(start), spike.baseline())) {
        return true;
      }
    }
    return false;
  }

  private long ceil(long time) {
    return Math.floorDiv(time + grid.advanceMs() - 1, grid.advanceMs()) * grid.advanceMs();
  }
}
