package io.mediamon.ingest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a round of work in a thread of its own, again and again, until closed. A failed round is logged and the next
 * one runs as planned: a continuous ingest source must never stop silently because one poll or scan failed. An
 * {@link Error} (out of memory, a stack overflow) is not survivable in the loop: it is logged, the loop ends and its
 * {@code onDeath} action runs, by default exiting the process with status {@value #EXIT_STATUS} so that a supervisor
 * restarts it, instead of a process that looks healthy while its watcher is dead.
 */
public final class BackgroundLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);
  private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);
  /** Exit status of a process whose loop died (EX_SOFTWARE). */
  public static final int EXIT_STATUS = 70;

  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread thread;

  /**
   * @param round one round of work
   * @param pause how long to wait after a round (closing ends the wait at once)
   */
  public BackgroundLoop(String name, Runnable round, Supplier<Duration> pause) {
    this(name, round, pause, BackgroundLoop::exitProcess);
  }

  /** @param onDeath what happens when a round throws an {@link Error}; the loop has ended by then */
  public BackgroundLoop(String name, Runnable round, Supplier<Duration> pause, Consumer<Error> onDeath) {
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
      } catch (Error e) {
        LOG.error("{} died: {}", name, e.toString(), e);
        onDeath.accept(e);
      }
    }, name);
  }

  /** From a thread of its own: the shutdown hooks that exit runs may be waiting for this loop to end. */
  private static void exitProcess(Error e) {
    LOG.error("A background loop died; mediamon exits with status {} so that it is restarted", EXIT_STATUS);
    new Thread(() -> System.exit(EXIT_STATUS), "mediamon-exit").start();
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
