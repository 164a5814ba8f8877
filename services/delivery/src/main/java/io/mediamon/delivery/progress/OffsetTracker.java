package io.mediamon.delivery.progress;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;

/**
 * Which alerts of each partition are fully handled (accepted or dead-lettered by every destination), and so which
 * offset may be committed: the lowest offset still pending, or the one after the last read when none is. Alerts
 * finish out of order (a slow destination holds one, a fast one frees the next), but the commit never passes an
 * alert that is still pending, so a restart re-reads it and skips nothing.
 *
 * <p>Thread-safe: the poll loop adds and commits, delivery workers mark done.
 */
public final class OffsetTracker {
  private final Map<TopicPartition, TreeSet<Long>> pending = new HashMap<>();
  /** The offset after the last one read, per partition: what to commit when nothing is pending. */
  private final Map<TopicPartition, Long> nextToRead = new HashMap<>();
  /** Offsets already committed, so that an unchanged position is not committed again. */
  private final Map<TopicPartition, Long> committed = new HashMap<>();
  private int pendingCount;

  /** An alert was read and is being delivered. */
  public synchronized void started(TopicPartition partition, long offset) {
    pending.computeIfAbsent(partition, p -> new TreeSet<>()).add(offset);
    nextToRead.merge(partition, offset + 1, Math::max);
    pendingCount++;
  }

  /** An alert was read that needs no delivery (no destination): only moves the position on. */
  public synchronized void skipped(TopicPartition partition, long offset) {
    nextToRead.merge(partition, offset + 1, Math::max);
  }

  /** Every destination accepted the alert or it was dead-lettered for each that did not. */
  public synchronized void done(TopicPartition partition, long offset) {
    TreeSet<Long> offsets = pending.get(partition);
    if (offsets != null && offsets.remove(offset)) {
      pendingCount--;
    }
  }

  /** Alerts read and not yet fully handled, over all partitions. */
  public synchronized int pendingCount() {
    return pendingCount;
  }

  /** Offsets to commit now (only the partitions whose committable offset moved). */
  public synchronized Map<TopicPartition, Long> committable() {
    Map<TopicPartition, Long> result = new HashMap<>();
    nextToRead.forEach((partition, next) -> {
      TreeSet<Long> offsets = pending.get(partition);
      long offset = offsets == null || offsets.isEmpty() ? next : offsets.first();
      if (!Long.valueOf(offset).equals(committed.get(partition))) {
        result.put(partition, offset);
      }
    });
    return result;
  }

  /** The broker took these commits. */
  public synchronized void committed(Map<TopicPartition, Long> offsets) {
    committed.putAll(offsets);
  }

  /**
   * The partition went to another consumer: forget it. Its alerts still being delivered will be read and delivered
   * again by the new owner (receivers drop the repeats by their idempotency key).
   */
  public synchronized void forget(TopicPartition partition) {
    TreeSet<Long> offsets = pending.remove(partition);
    if (offsets != null) {
      pendingCount -= offsets.size();
    }
    nextToRead.remove(partition);
    committed.remove(partition);
  }
}
