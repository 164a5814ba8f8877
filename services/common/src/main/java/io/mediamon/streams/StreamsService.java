package io.mediamon.streams;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one stream service: starts it, reports when it is running, and turns an uncaught stream error into a
 * client shutdown that {@link #failure()} reports, so the process can exit non-zero instead of limping on.
 */
public final class StreamsService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

  private final String name;
  private final KafkaStreams streams;
  private final CompletableFuture<Void> running = new CompletableFuture<>();
  private final CompletableFuture<Void> failure = new CompletableFuture<>();

  public StreamsService(String name, Topology topology, Properties settings) {
    this.name = name;
    LOG.debug("Service {} topology:\n{}", name, topology.describe());
    this.streams = new KafkaStreams(topology, settings);
    streams.setUncaughtExceptionHandler(exception -> {
      StreamThreadExceptionResponse response = responseTo(exception);
      if (response == StreamThreadExceptionResponse.REPLACE_THREAD) {
        LOG.warn("Service {}: a stream thread gave up waiting for the brokers or lost its transaction ({}); a new "
            + "thread takes over and resumes from the last commit once they answer", name, exception.getMessage());
        return response;
      }
      LOG.error("Service {} hit an uncaught stream error; shutting the client down", name, exception);
      failure.completeExceptionally(new IllegalStateException(
          "service " + name + " failed: " + exception.getMessage(), exception));
      return response;
    });
    streams.setStateListener((now, before) -> {
      LOG.info("Service {}: {} -> {}", name, before, now);
      if (now == KafkaStreams.State.RUNNING) {
        running.complete(null);
      } else if (now == KafkaStreams.State.ERROR) {
        failure.completeExceptionally(new IllegalStateException("service " + name + " went into ERROR state"));
      }
    });
  }

  /**
   * A thread that died of a timeout talking to the brokers (an outage longer than a client timeout, e.g. "topic not
   * present in metadata after 60000 ms"), or whose transaction the coordinator no longer accepts (an
   * {@code InvalidTxnStateException} on commit, seen in ChaosIT when a broker restart ends the transaction under
   * it), is replaced: under exactly-once the consumed offsets commit in the same transaction as the output, so
   * whether that transaction ended committed or aborted, the new thread resumes from the offsets that went with it,
   * and nothing is lost or repeated; the service waits out the outage instead of the whole process exiting. Anything
   * else is a bug or bad state: the client shuts down and the process exits non-zero.
   */
  static StreamThreadExceptionResponse responseTo(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof org.apache.kafka.common.errors.TimeoutException
          || t instanceof org.apache.kafka.common.errors.InvalidTxnStateException) {
        return StreamThreadExceptionResponse.REPLACE_THREAD;
      }
    }
    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
  }

  public String name() {
    return name;
  }

  public void start() {
    streams.start();
  }

  /** Waits until the service is RUNNING; fails fast if it fails first. */
  public void awaitRunning(Duration timeout) throws TimeoutException, InterruptedException {
    try {
      CompletableFuture.anyOf(running, failure).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
  }

  /** Completes exceptionally when the service fails; never completes normally. */
  public CompletableFuture<Void> failure() {
    return failure;
  }

  /** The client itself, for what observes it from outside (metrics binders); its lifecycle stays with this service. */
  public KafkaStreams client() {
    return streams;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /**
   * Stops the service and leaves its consumer group, so that the next start (a second demo run, a redeploy) is
   * assigned its partitions at once instead of waiting a session timeout for this member to expire.
   */
  @Override
  public void close() {
    streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
  }
}
