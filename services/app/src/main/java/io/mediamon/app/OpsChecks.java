package io.mediamon.app;

import io.mediamon.alerter.AlerterTopology;
import io.mediamon.app.ops.BrokerProbe;
import io.mediamon.app.ops.OpsEndpoint;
import io.mediamon.app.ops.PipelineObserver;
import io.mediamon.app.ops.Readiness;
import io.mediamon.app.ops.ReadinessCheck;
import io.mediamon.app.ops.StreamsServiceCheck;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.streams.StreamsService;
import io.mediamon.ingest.feed.FeedHealth;
import io.mediamon.ingest.feed.FeedPoll;
import io.mediamon.ingest.feed.FeedService;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ops endpoint of {@code run} (ops.port): readiness from each stream service's state and a broker probe, and
 * Prometheus metrics (JVM, each Kafka Streams client's own metrics, and the pipeline's flow, observed by the process
 * that runs the alerter). Ingest's background loops are not among the checks: one that dies exits the process with
 * status 70 (see BackgroundLoop), which an orchestrator sees more surely than a readiness flag.
 */
final class OpsChecks implements AutoCloseable {
  private static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);

  private final BrokerProbe probe;
  private final OpsEndpoint endpoint;
  private final List<AutoCloseable> meters;

  private OpsChecks(BrokerProbe probe, OpsEndpoint endpoint, List<AutoCloseable> meters) {
    this.probe = probe;
    this.endpoint = endpoint;
    this.meters = meters;
  }

  /**
   * The endpoint, or null when ops.port is empty.
   *
   * @param feeds the feeds this process follows, or null: their count by status becomes a gauge
   */
  static OpsChecks open(MediamonConfig config, Pipeline pipeline, FeedService feeds) {
    return open(config, pipeline, feeds, java.util.Map.of());
  }

  /**
   * @param producers ingest's producers by name (push, feeds, drop directory): their client metrics are served too,
   *     tagged {@code client}
   */
  static OpsChecks open(MediamonConfig config, Pipeline pipeline, FeedService feeds,
      java.util.Map<String, org.apache.kafka.clients.producer.Producer<?, ?>> producers) {
    return open(config, pipeline, feeds, producers, List.of());
  }

  /** @param others stream services that run beside the pipeline's (the live view's): checked and measured alike */
  static OpsChecks open(MediamonConfig config, Pipeline pipeline, FeedService feeds,
      java.util.Map<String, org.apache.kafka.clients.producer.Producer<?, ?>> producers, List<StreamsService> others) {
    String port = config.get(Setting.OPS_PORT);
    if (port.isBlank()) {
      return null;
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    List<AutoCloseable> meters = new ArrayList<>();
    List<StreamsService> services = new ArrayList<>(pipeline.services());
    services.addAll(others);
    for (StreamsService service : services) {
      KafkaStreamsMetrics streams = new KafkaStreamsMetrics(service.client(), List.of(Tag.of("service", service.name())));
      streams.bindTo(registry);
      meters.add(streams);
    }
    producers.forEach((name, producer) -> {
      KafkaClientMetrics client = new KafkaClientMetrics(producer, List.of(Tag.of("client", name)));
      client.bindTo(registry);
      meters.add(client);
    });
    if (feeds != null) {
      for (FeedHealth.Status status : FeedHealth.Status.values()) {
        Gauge.builder("mediamon.feeds", feeds, f -> f.health().stream().filter(h -> h.status() == status).count())
            .description("Feeds followed, by the status of their last polls").tag("status", status.name())
            .register(registry);
      }
      for (FeedPoll.Outcome outcome : FeedPoll.Outcome.values()) {
        FunctionCounter.builder("mediamon.feed.polls", feeds, f -> f.polls(outcome))
            .description("Feed polls finished, by outcome (FAILED includes a poll whose articles could not be "
                + "published)").tag("outcome", outcome.name()).register(registry);
      }
    }
    if (pipeline.services().stream().anyMatch(s -> s.name().equals(AlerterTopology.SERVICE))) {
      meters.add(new PipelineObserver(config, registry, Clock.systemUTC()));
    }
    BrokerProbe probe = new BrokerProbe(config, PROBE_INTERVAL, Clock.systemUTC());
    List<ReadinessCheck> checks = new ArrayList<>();
    checks.add(probe);
    services.forEach(service -> checks.add(new StreamsServiceCheck(service)));
    try {
      return new OpsChecks(probe, new OpsEndpoint(config.get(Setting.OPS_HOST), Integer.parseInt(port.trim()),
          new Readiness(checks), registry::scrape), meters);
    } catch (IOException e) {
      probe.close();
      closeAll(meters);
      throw new UncheckedIOException("cannot open the ops endpoint on port " + port + ": " + e.getMessage(), e);
    }
  }

  private static void closeAll(List<AutoCloseable> meters) {
    for (AutoCloseable meter : meters) {
      try {
        meter.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(OpsChecks.class).warn("Closing a meter: {}", e.toString());
      }
    }
  }

  @Override
  public void close() {
    endpoint.close();
    closeAll(meters);
    probe.close();
  }
}
