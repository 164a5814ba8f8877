package io.mediamon.app;

import io.mediamon.app.ops.BrokerProbe;
import io.mediamon.app.ops.OpsEndpoint;
import io.mediamon.app.ops.Readiness;
import io.mediamon.app.ops.ReadinessCheck;
import io.mediamon.app.ops.StreamsServiceCheck;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ops endpoint of {@code run} (ops.port): readiness from each stream service's state and a broker probe. Ingest's
 * background loops are not among the checks: one that dies exits the process with status 70 (see BackgroundLoop),
 * which an orchestrator sees more surely than a readiness flag.
 */
final class OpsChecks implements AutoCloseable {
  private static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);

  private final BrokerProbe probe;
  private final OpsEndpoint endpoint;

  private OpsChecks(BrokerProbe probe, OpsEndpoint endpoint) {
    this.probe = probe;
    this.endpoint = endpoint;
  }

  /** The endpoint, or null when ops.port is empty. */
  static OpsChecks open(MediamonConfig config, Pipeline pipeline) {
    String port = config.get(Setting.OPS_PORT);
    if (port.isBlank()) {
      return null;
    }
    BrokerProbe probe = new BrokerProbe(config, PROBE_INTERVAL, Clock.systemUTC());
    List<ReadinessCheck> checks = new ArrayList<>();
    checks.add(probe);
    pipeline.services().forEach(service -> checks.add(new StreamsServiceCheck(service)));
    try {
      return new OpsChecks(probe, new OpsEndpoint(config.get(Setting.OPS_HOST), Integer.parseInt(port.trim()),
          new Readiness(checks)));
    } catch (IOException e) {
      probe.close();
      throw new UncheckedIOException("cannot open the ops endpoint on port " + port + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    endpoint.close();
    probe.close();
  }
}
