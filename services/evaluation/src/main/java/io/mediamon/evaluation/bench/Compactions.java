package io.mediamon.evaluation.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.Metric;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * Whether the RocksDB stores of a context are still flushing or compacting, read from the RocksDB properties Kafka
 * Streams reports for each store (KIP-607, recording level INFO): memtables waiting for or in a flush, compactions
 * running. Not {@code compaction-pending}: RocksDB can leave it set on a store that takes no writes, with no
 * compaction scheduled until the next flush (seen on the profile store after a preload of 100,000 stories).
 */
final class Compactions {
  private static final Set<String> BUSY = Set.of("mem-table-flush-pending", "num-running-flushes",
      "num-running-compactions");
  /** Polls in a row that must find nothing to do: a compaction can be scheduled just after another ends. */
  private static final int QUIET_POLLS = 25;
  private static final long POLL_MS = 200;

  private final List<Metric> busy;

  Compactions(StreamsMetrics metrics) {
    this.busy = metrics.metrics().entrySet().stream().filter(e -> BUSY.contains(e.getKey().name()))
        .<Metric>map(Map.Entry::getValue).toList();
  }

  /** Flushes pending or running and compactions running, summed over the stores; 0 when idle. */
  long inProgress() {
    return busy.stream().mapToLong(m -> ((Number) m.metricValue()).longValue()).sum();
  }

  /**
   * Waits until no store has a flush pending or running or a compaction running ({@link #QUIET_POLLS} polls in a row,
   * five seconds), at most {@code limit}. False when it gave up, or when the stores report no such metrics (nothing
   * to wait on).
   */
  boolean awaitNone(Duration limit) {
    if (busy.isEmpty()) {
      return false;
    }
    long deadline = System.nanoTime() + limit.toNanos();
    int quiet = 0;
    while (System.nanoTime() < deadline) {
      quiet = inProgress() == 0 ? quiet + 1 : 0;
      if (quiet >= QUIET_POLLS) {
        return true;
      }
      try {
        Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}
