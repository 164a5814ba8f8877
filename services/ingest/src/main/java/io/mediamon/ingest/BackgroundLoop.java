package io.mediamon.ingest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a round of work in a thread of its own, again and again, until closed. A failed round is logged and the next
 * one runs as planned: a continuous ingest source must never stop silently because one poll or scan failed.
 */
public final class BackgroundLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);
  private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);

  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread thread;

  /**
   * @param round one round of work
   * @param pause how long to wait after a round (closing ends the wait at once)
   */
  public BackgroundLoop(String name, Runnable round, Supplier<Duration> pause) {
    this.thread = new Thread(() -> {
      try {
        do {
          try {
            round.run();
          } catch (RuntimeException e) {
            LOG.error("{}: a round failed; the next one runs as planned", name, e);
          }
        } while (!stop.await(pause.get().toMillis(), TimeUnit.MILLISECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
  }

  public BackgroundLoop start() {
    thread.start();
    return this;
  }

  /** Ends the wait between rounds and waits for the round under way to finish. */
  @Override
  public void close() {
    stop.countDown();
    if (thread.isAlive()) {
      try {
        thread.join(JOIN_TIMEOUT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
