package io.mediamon.app;

import io.mediamon.kafka.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;

/**
 * A broker of a test's own, which the test stops and starts again at the same address with the same data: for the
 * outage tests, which cannot use the JVM's shared broker. Its two ports (broker, controller) are free ones picked at
 * start and kept for every restart.
 */
final class RestartableBroker implements AutoCloseable {
  private final Path data;
  private final int brokerPort;
  private final int controllerPort;
  private EmbeddedKafkaBroker running;
  private String bootstrapServers;

  private RestartableBroker(Path data, int brokerPort, int controllerPort) {
    this.data = data;
    this.brokerPort = brokerPort;
    this.controllerPort = controllerPort;
  }

  static RestartableBroker start(Path data) throws Exception {
    // Out of the ephemeral range: while the broker is down its clients reconnect, each time from a new local port.
    int[] ports = TestPorts.free(2);
    int brokerPort = ports[0];
    int controllerPort = ports[1];
    RestartableBroker broker = new RestartableBroker(data, brokerPort, controllerPort);
    broker.restart();
    broker.bootstrapServers = broker.running.bootstrapServers();
    return broker;
  }

  /** The broker's address, the same after every restart. */
  String bootstrapServers() {
    return bootstrapServers;
  }

  /** Stops the broker as an outage would, keeping its data for {@link #restart()}. */
  void stop() {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  void restart() {
    if (running == null) {
      running = EmbeddedKafkaBroker.start(data, brokerPort, controllerPort);
    }
  }

  @Override
  public void close() {
    stop();
  }
}
