package io.mediamon.app;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What `run` started, stopped in reverse order exactly once: by the one shutdown hook on SIGTERM or Ctrl-C, whenever
 * it comes (also while the services are still starting), or by the command itself when a service fails. One hook for
 * all parts because the JVM runs hooks concurrently: the embedded broker must stop after the services, which commit
 * and leave their groups on it, and must stop cleanly even if the signal comes before the services exist (a broker
 * halted mid-way recovers its logs at the next start, which takes longer and can lose what it had not flushed).
 */
final class ShutdownSequence {
  private static final Logger LOG = LoggerFactory.getLogger(ShutdownSequence.class);

  private final Deque<Part> started = new ArrayDeque<>();
  private boolean stopping;

  private record Part(String name, AutoCloseable closeable) {}

  /** Registers the shutdown hook; call once, before starting anything. */
  ShutdownSequence registerHook() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "mediamon-shutdown"));
    return this;
  }

  /**
   * Adds a part that has started. If the sequence is already stopping, the part is closed at once: the signal came
   * while it was starting.
   */
  void started(String name, AutoCloseable closeable) {
    synchronized (this) {
      if (!stopping) {
        started.push(new Part(name, closeable));
        return;
      }
    }
    close(new Part(name, closeable));
  }

  /** Stops every part, the last started first; later calls return at once. */
  void stop() {
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    LOG.info("Stopping");
    Part part;
    while ((part = next()) != null) {
      close(part);
    }
  }

  private synchronized Part next() {
    return started.poll();
  }

  private static void close(Part part) {
    try {
      part.closeable().close();
    } catch (Exception e) {
      // Stopping goes on with the other parts: the broker must still be closed after a service that failed to.
      LOG.warn("Stopping {}: {}", part.name(), e.toString(), e);
    }
  }
}
