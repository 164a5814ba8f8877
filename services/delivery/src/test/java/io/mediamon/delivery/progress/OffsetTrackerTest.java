package io.mediamon.delivery.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
  private final TopicPartition p0 = new TopicPartition("alerts", 0);
  private final TopicPartition p1 = new TopicPartition("alerts", 1);

  @Test
  void commitsUpToTheLowestAlertStillPending() {
    OffsetTracker tracker = new OffsetTracker();
    tracker.started(p0, 10);
    tracker.started(p0, 11);
    tracker.started(p0, 12);
    tracker.done(p0, 11);
    tracker.done(p0, 12);
    assertEquals(Map.of(p0, 10L), tracker.committable(), "11 and 12 are done, 10 is not: commit stays at 10");
    tracker.committed(tracker.committable());
    assertTrue(tracker.committable().isEmpty(), "nothing new to commit");
    tracker.done(p0, 10);
    assertEquals(Map.of(p0, 13L), tracker.committable());
    assertEquals(0, tracker.pendingCount());
  }

  @Test
  void partitionsAreIndependentAndSkippedAlertsMoveTheCommitOn() {
    OffsetTracker tracker = new OffsetTracker();
    tracker.started(p0, 0);
    tracker.skipped(p1, 0);
    tracker.skipped(p1, 1);
    assertEquals(Map.of(p0, 0L, p1, 2L), tracker.committable());
    tracker.skipped(p0, 1);
    assertEquals(0L, tracker.committable().get(p0), "a skipped alert never passes a pending one");
    tracker.forget(p0);
    assertEquals(Map.of(p1, 2L), tracker.committable());
    assertEquals(0, tracker.pendingCount());
  }
}
