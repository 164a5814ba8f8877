package io.mediamon.delivery.dispatch;

import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.retry.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue and threads of one destination: {@code concurrency} threads of its own (so a slow or failing destination
 * holds only them), its own rate limit, retries with backoff that free the thread while they wait (a retry is
 * scheduled, not slept), and a dead letter per alert once the retries run out. In digest mode alerts are collected
 * and sent together once per interval.
 */
final class DestinationWorker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DestinationWorker.class);
  /** When the dead-letter topic cannot be written, how long until the next try. */
  private static final Duration DEAD_LETTER_RETRY = Duration.ofSeconds(30);

  /** One alert waiting for this destination, and what to call when the destination is done with it. */
  record Item(ReceivedAlert alert, Runnable finished) {}

  private final Destination destination;
  private final DestinationSender sender;
  private final DeliveryPolicy policy;
  private final DeadLetterWriter deadLetters;
  private final ScheduledExecutorService timers;
  private final ExecutorService threads;
  private final RateLimiter rateLimiter;
  private final List<Item> digest = new ArrayList<>();
  private final boolean digestMode;
  private volatile boolean closed;

  DestinationWorker(Destination destination, DestinationSender sender, DeliveryPolicy policy,
      DeadLetterWriter deadLetters, ScheduledExecutorService timers, boolean digestMode, String threadName) {
    this.destination = destination;
    this.sender = sender;
    this.policy = policy;
    this.deadLetters = deadLetters;
    this.timers = timers;
    this.rateLimiter = new RateLimiter(policy.ratePerSecond());
    this.digestMode = digestMode;
    AtomicInteger threadNumbers = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(policy.concurrency(), policy.concurrency(), 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, threadName + "-" + threadNumbers.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true); // a destination no alert went to for a minute holds no thread
    this.threads = pool;
    if (digestMode) {
      long every = policy.emailDigest().toMillis();
      timers.scheduleAtFixedRate(this::flushDigest, every, every, TimeUnit.MILLISECONDS);
    }
  }

  void submit(ReceivedAlert alert, Runnable finished) {
    Item item = new Item(alert, finished);
    if (digestMode) {
      synchronized (digest) {
        digest.add(item);
      }
      return;
    }
    execute(List.of(item), 1);
  }

  private void flushDigest() {
    List<Item> batch;
    synchronized (digest) {
      if (digest.isEmpty()) {
        return;
      }
      batch = List.copyOf(digest);
      digest.clear();
    }
    execute(batch, 1);
  }

  private void execute(List<Item> batch, int attempt) {
    if (closed) {
      return; // never finished, so never committed: the next start delivers it
    }
    try {
      threads.execute(() -> attempt(batch, attempt));
    } catch (RejectedExecutionException e) {
      // closing
    }
  }

  private void attempt(List<Item> batch, int attempt) {
    if (closed) {
      return;
    }
    Attempt result;
    try {
      result = tryOnce(batch);
    } catch (InterruptedException e) {
      return; // closing: unfinished, delivered again after the restart
    }
    switch (result.outcome()) {
      case ACCEPTED -> batch.forEach(item -> item.finished().run());
      case RETRY -> {
        if (attempt <= policy.retries()) {
          Duration delay = policy.backoff().delay(attempt);
          LOG.info("Delivery to {} failed (attempt {} of {}, status {}): {}; retrying in {} ms",
              destination.describe(), attempt, policy.retries() + 1, result.status(), result.reason(),
              delay.toMillis());
          schedule(() -> execute(batch, attempt + 1), delay);
        } else {
          batch.forEach(item -> deadLetter(item, result, attempt));
        }
      }
      case GIVE_UP -> batch.forEach(item -> deadLetter(item, result, attempt));
      default -> throw new IllegalStateException("unknown outcome " + result.outcome());
    }
  }

  private Attempt tryOnce(List<Item> batch) throws InterruptedException {
    rateLimiter.acquire();
    try {
      return sender.send(destination, batch.stream().map(Item::alert).toList());
    } catch (RuntimeException e) {
      // A bug or an unforeseen answer must not stop this destination's thread: treated as a failed attempt.
      LOG.warn("Delivery to {} failed unexpectedly", destination.describe(), e);
      return Attempt.retry("none", e.toString());
    }
  }

  private void deadLetter(Item item, Attempt result, int attempts) {
    if (closed) {
      return;
    }
    try {
      if (deadLetters.write(item.alert(), destination, result.status(), attempts, result.reason())) {
        item.finished().run();
      } else {
        schedule(() -> threads.execute(() -> deadLetter(item, result, attempts)), DEAD_LETTER_RETRY);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RejectedExecutionException e) {
      // closing
    }
  }

  private void schedule(Runnable task, Duration delay) {
    try {
      timers.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closing: the alert stays unfinished and is delivered after the restart
    }
  }

  /** Stops at once: requests in flight are interrupted and, being unfinished, not committed. */
  @Override
  public void close() {
    closed = true;
    threads.shutdownNow();
    try {
      threads.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
