package io.mediamon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ResourceWatchTest {
  private static final int MB = 1024 * 1024;

  @Test
  void heapPeakSeesMemoryFreedBeforeTheRunEndedAndAfterGcSeesWhatIsStillLive() {
    HeapWatch watch = HeapWatch.start();
    long baseline = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    byte[] kept = new byte[48 * MB];
    // Garbage well past the young generation, so that collections run while the watch listens.
    long checksum = 0;
    for (int i = 0; i < 40; i++) {
      byte[] garbage = new byte[16 * MB];
      garbage[i] = (byte) i;
      checksum += garbage[i];
    }
    HeapWatch.Figures figures = watch.stop();
    assertTrue(figures.peakBytes() >= 48L * MB, "peak " + figures.peakBytes() / MB + " MB");
    assertTrue(figures.afterGcBytes() >= 48L * MB, "after GC " + figures.afterGcBytes() / MB + " MB");
    assertTrue(figures.peakBytes() >= figures.afterGcBytes());
    assertEquals(48 * MB, kept.length); // keeps the array live until the watch stopped
    assertTrue(checksum > 0 && baseline > 0);
  }

  @Test
  void cpuOfABusyThreadIsCountedInItsGroup() throws Exception {
    CpuWatch watch = CpuWatch.start();
    CountDownLatch worked = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread busy = new Thread(() -> {
      // Spins until it has had 150 ms of CPU (however long a busy machine makes that take), then stays alive
      // until the watch has stopped: the CPU time of threads that ended is only in the process total.
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long start = threads.getCurrentThreadCpuTime();
      double x = 0;
      while (threads.getCurrentThreadCpuTime() - start < 150_000_000L) {
        x += Math.sqrt(x + 1);
      }
      worked.countDown();
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (x < 0) {
        throw new AssertionError();
      }
    }, CpuWatch.ANALYZER_THREAD_PREFIX + "test");
    busy.start();
    assertTrue(worked.await(60, TimeUnit.SECONDS));
    CpuWatch.Figures figures = watch.stop();
    stopped.countDown();
    busy.join();
    assertTrue(figures.byThreadGroup().getOrDefault("analyzer threads", 0.0) >= 0.15, figures.toString());
    // The process clock and the thread clocks tick separately: allow a few milliseconds between them.
    assertTrue(figures.cpuSeconds() + 0.02 >= figures.byThreadGroup().get("analyzer threads"), figures.toString());
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void runQueueWaitIsReadForEveryThreadOnLinux() {
    Map<String, Long> start = RunQueue.waitedNanosByTask();
    assertTrue(start.size() >= Thread.activeCount(), start.toString());
    assertTrue(RunQueue.secondsSince(start) >= 0);
  }

  @Test
  void threadsAreGroupedByWhatTheyDo() {
    assertEquals("stream threads", CpuWatch.group("mediamon-bench-1a2b-extractor-6f1e-StreamThread-1"));
    assertEquals("producer I/O",
        CpuWatch.group("kafka-producer-network-thread | mediamon-bench-1a2b-extractor-6f1e-StreamThread-1-producer"));
    assertEquals("analyzer threads", CpuWatch.group("bench-analyzer-2"));
    assertEquals("other Java threads (broker, clients)", CpuWatch.group("data-plane-kafka-request-handler-0"));
  }
}
