package io.mediamon.ingest.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection on which no complete request head arrives within the timeout, counted from connecting and again
 * from each response. Jetty's idle timeout alone does not do it: a client sending one header byte every few seconds
 * is never idle (the slowloris attack), and would keep its connection for ever.
 */
final class RequestHeadDeadline implements Connection.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(RequestHeadDeadline.class);

  private final Scheduler scheduler;
  private final Duration timeout;
  private final Map<Connection, Scheduler.Task> waiting = new ConcurrentHashMap<>();

  RequestHeadDeadline(Scheduler scheduler, Duration timeout) {
    this.scheduler = scheduler;
    this.timeout = timeout;
  }

  @Override
  public void onOpened(Connection connection) {
    arm(connection);
  }

  @Override
  public void onClosed(Connection connection) {
    cancel(connection);
  }

  /** A request's head is in: its body has its own deadline. */
  void headArrived(Connection connection) {
    cancel(connection);
  }

  /** The response is sent: the next request's head must arrive within the timeout too. */
  void responded(Connection connection) {
    if (connection.getEndPoint().isOpen()) {
      arm(connection);
    }
  }

  private void arm(Connection connection) {
    Scheduler.Task[] task = new Scheduler.Task[1];
    task[0] = scheduler.schedule(() -> expire(connection, task[0]), timeout);
    Scheduler.Task previous = waiting.put(connection, task[0]);
    if (previous != null) {
      previous.cancel();
    }
  }

  private void cancel(Connection connection) {
    Scheduler.Task task = waiting.remove(connection);
    if (task != null) {
      task.cancel();
    }
  }

  private void expire(Connection connection, Scheduler.Task task) {
    if (task != null && waiting.remove(connection, task)) {
      LOG.info("Closing the push connection from {}: no complete request head within {} ms (ingest.http.header-timeout-ms)",
          connection.getEndPoint().getRemoteSocketAddress(), timeout.toMillis());
      connection.getEndPoint().close();
    }
  }
}
