package io.mediamon.app.pipeline;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Admin clients that fail within seconds, with a message naming the cluster, when it cannot be reached. */
public final class KafkaAccess {
  private static final int TIMEOUT_MS = 10_000;

  private KafkaAccess() {}

  public static Admin reachableAdmin(MediamonConfig config) {
    Properties props = config.kafkaClientProperties();
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
    Admin admin = Admin.create(props);
    try {
      admin.describeCluster().clusterId().get(TIMEOUT_MS + 2_000L, TimeUnit.MILLISECONDS);
      return admin;
    } catch (ExecutionException | TimeoutException e) {
      admin.close(java.time.Duration.ZERO);
      throw new UnreachableClusterException("cannot reach Kafka at " + config.get(Setting.BOOTSTRAP_SERVERS)
          + " within " + TIMEOUT_MS / 1000 + " s: check bootstrap.servers and that the cluster is up ("
          + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      admin.close(java.time.Duration.ZERO);
      Thread.currentThread().interrupt();
      throw new UnreachableClusterException("interrupted while connecting to Kafka");
    }
  }

  /** The cluster could not be reached: a user error, reported without a stack trace. */
  public static final class UnreachableClusterException extends RuntimeException {
    public UnreachableClusterException(String message) {
      super(message);
    }
  }
}
