package io.mediamon.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class CommitWhenLiveTest {
  private static final long NOW = 1_800_000_000_000L;

  @Test
  void aLiveRecordIsCommittedAtOnceBacklogWaitsForTheInterval() {
    assertTrue(commitRequested(1000, NOW - 40), "40 ms old: live");
    assertTrue(commitRequested(1000, NOW - 999), "just under the backlog age");
    assertFalse(commitRequested(1000, NOW - 1000), "at the backlog age: backlog");
    assertFalse(commitRequested(1000, NOW - 60_000), "a backfill's article");
    assertFalse(commitRequested(0, NOW - 40), "0 turns early commits off");
  }

  @Test
  void everyRecordIsPassedOnUnchanged() {
    MockProcessorContext<String, String> context = new MockProcessorContext<>();
    context.setCurrentSystemTimeMs(NOW);
    CommitWhenLive<String, String> processor = new CommitWhenLive<>(1000);
    processor.init(context);
    processor.process(new Record<>("k1", "live", NOW - 10));
    processor.process(new Record<>("k2", "old", NOW - 10_000));
    assertEquals(2, context.forwarded().size());
    assertEquals("k2", context.forwarded().get(1).record().key());
    assertEquals(NOW - 10_000, context.forwarded().get(1).record().timestamp());
  }

  private static boolean commitRequested(long backlogAgeMs, long recordTimestamp) {
    MockProcessorContext<String, String> context = new MockProcessorContext<>();
    context.setCurrentSystemTimeMs(NOW);
    CommitWhenLive<String, String> processor = new CommitWhenLive<>(backlogAgeMs);
    processor.init(context);
    processor.process(new Record<>("k", "v", recordTimestamp));
    return context.committed();
  }
}
