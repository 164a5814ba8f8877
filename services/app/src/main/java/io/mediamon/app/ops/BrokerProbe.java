package io.mediamon.app.ops;

import io.mediamon.config.MediamonConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the cluster for its brokers every few seconds. Kafka Streams stays RUNNING through a broker outage (its
 * clients just wait and retry), so without this readiness would say all is well while nothing moves; with it, an
 * operator sees "brokers not answering for 40 s" and, when they answer again, ready without a restart.
 */
public final class BrokerProbe implements ReadinessCheck, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BrokerProbe.class);

  private final Admin admin;
  private final Duration timeout;
  private final Clock clock;
  private final ScheduledExecutorService schedule;
  private volatile Instant failingSince;
  private volatile String lastError;

  public BrokerProbe(MediamonConfig config, Duration interval, Clock clock) {
    this.timeout = interval;
    this.clock = clock;
    Properties props = config.kafkaClientProperties();
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) interval.toMillis());
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) interval.toMillis());
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "mediamon-readiness");
    this.admin = Admin.create(props);
    this.schedule = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "mediamon-broker-probe");
      t.setDaemon(true);
      return t;
    });
    probe();
    schedule.scheduleWithFixedDelay(this::probe, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void probe() {
    try {
      int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).nodes()
          .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS).size();
      if (failingSince != null) {
        LOG.info("Brokers answer again ({} broker(s)) after {} s", brokers,
            Duration.between(failingSince, clock.instant()).toSeconds());
      }
      failingSince = null;
      lastError = null;
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      lastError = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
      if (failingSince == null) {
        failingSince = clock.instant();
        LOG.warn("Brokers not answering ({}); services wait and resume when they do", lastError);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String name() {
    return "brokers";
  }

  @Override
  public Optional<String> problem() {
    Instant since = failingSince;
    if (since == null) {
      return Optional.empty();
    }
    return Optional.of("not answering for " + Duration.between(since, clock.instant()).toSeconds() + " s ("
        + lastError + "); services wait and resume when they answer");
  }

  @Override
  public void close() {
    schedule.shutdownNow();
    admin.close(Duration.ofSeconds(2));
  }
}
