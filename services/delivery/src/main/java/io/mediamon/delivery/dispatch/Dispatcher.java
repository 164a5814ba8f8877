package io.mediamon.delivery.dispatch;

import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.destination.DestinationCheck;
import io.mediamon.schema.DestinationKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands each alert to the worker of each of its destinations (made on first use) and calls back once all of them are
 * done with it: accepted, or dead-lettered.
 */
public final class Dispatcher implements AutoCloseable {
  private final Map<DestinationKind, DestinationSender> senders;
  private final DeliveryPolicy policy;
  private final DeadLetterWriter deadLetters;
  private final Map<String, DestinationWorker> workers = new ConcurrentHashMap<>();
  /** Retry and digest timers of all destinations; what they start runs on the destination's own threads. */
  private final ScheduledExecutorService timers;
  private final AtomicInteger workerNumbers = new AtomicInteger();
  private volatile boolean closed;

  public Dispatcher(Map<DestinationKind, DestinationSender> senders, DeliveryPolicy policy,
      DeadLetterWriter deadLetters) {
    this.senders = Map.copyOf(senders);
    this.policy = policy;
    this.deadLetters = deadLetters;
    this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "delivery-timers");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Delivers {@code alert} to every destination; {@code allDone} runs once each has accepted it or it was
   * dead-lettered for it (never when the service stops first). A destination whose target is unusable (a watch
   * with a mistyped address) is dead-lettered at once, on this thread.
   */
  public void dispatch(ReceivedAlert alert, List<Destination> destinations, Runnable allDone)
      throws InterruptedException {
    AtomicInteger remaining = new AtomicInteger(destinations.size());
    Runnable oneDone = () -> {
      if (remaining.decrementAndGet() == 0) {
        allDone.run();
      }
    };
    for (Destination destination : destinations) {
      String problem = DestinationCheck.problem(destination);
      DestinationSender sender = senders.get(destination.kind());
      if (problem == null && sender == null) {
        problem = "no sender for " + destination.kind();
      }
      if (problem != null) {
        if (deadLetters.write(alert, destination, "none", 0, problem)) {
          oneDone.run();
        }
        continue;
      }
      workerFor(destination, sender).submit(alert, oneDone);
    }
  }

  private DestinationWorker workerFor(Destination destination, DestinationSender sender) {
    return workers.computeIfAbsent(destination.key(), key -> {
      if (closed) {
        throw new IllegalStateException("delivery is stopping");
      }
      boolean digest = destination.kind() == DestinationKind.EMAIL && !policy.emailDigest().isZero();
      return new DestinationWorker(destination, sender, policy, deadLetters, timers, digest,
          "delivery-" + destination.kind().name().toLowerCase(Locale.ROOT) + "-" + workerNumbers.incrementAndGet());
    });
  }

  @Override
  public void close() {
    closed = true;
    timers.shutdownNow();
    workers.values().forEach(DestinationWorker::close);
  }
}
