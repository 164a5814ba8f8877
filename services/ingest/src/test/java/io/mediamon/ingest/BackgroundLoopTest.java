package io.mediamon.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundLoopTest {
  @Test
  void aFailedRoundDoesNotStopTheLoopAndCloseEndsTheWait() {
    AtomicInteger rounds = new AtomicInteger();
    BackgroundLoop loop = new BackgroundLoop("test-loop", () -> {
      if (rounds.incrementAndGet() == 1) {
        throw new IllegalStateException("first round fails");
      }
    }, () -> Duration.ofMillis(10)).start();
    await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= 3);
    loop.close();
    int afterClose = rounds.get();

    BackgroundLoop slow = new BackgroundLoop("slow-loop", () -> { }, () -> Duration.ofHours(1)).start();
    long start = System.nanoTime();
    slow.close();
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0,
        "close does not wait out the pause");
    assertTrue(rounds.get() <= afterClose + 1, "no rounds after close");
  }

  @Test
  void anErrorEndsTheLoopAndRunsItsDeathActionOnce() {
    AtomicInteger rounds = new AtomicInteger();
    java.util.List<Error> deaths = new java.util.concurrent.CopyOnWriteArrayList<>();
    BackgroundLoop loop = new BackgroundLoop("dying-loop", () -> {
      rounds.incrementAndGet();
      throw new OutOfMemoryError("simulated");
    }, () -> Duration.ofMillis(10), deaths::add).start();
    await().atMost(Duration.ofSeconds(10)).until(() -> deaths.size() == 1);
    loop.close();
    assertTrue(deaths.get(0).getMessage().equals("simulated"));
    assertTrue(rounds.get() == 1, "no round after the error");
  }
}
