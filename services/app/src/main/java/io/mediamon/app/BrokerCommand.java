package io.mediamon.app;

import io.mediamon.kafka.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A single-node KRaft broker in its own process, from Kafka's own classes (the demo's embedded broker), until
 * stopped: for trying `run` without a cluster, and for the fault suite, which kills it with -9 and starts it again
 * on the same data directory and ports.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
    description = "Run a single-node KRaft Kafka broker (for development and the fault suite) until stopped.")
final class BrokerCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data-dir", required = true, paramLabel = "DIR",
      description = "Log and metadata directory; formatted when new, reused (same cluster) when it exists.")
  Path dataDir;

  @Option(names = "--port", defaultValue = "9092", description = "Client port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--controller-port", defaultValue = "9093",
      description = "KRaft controller port (default ${DEFAULT-VALUE}).")
  int controllerPort;

  @Override
  public Integer call() throws Exception {
    if (port <= 0 || port > 65535 || controllerPort <= 0 || controllerPort > 65535 || port == controllerPort) {
      throw new UserError("--port and --controller-port must be two different ports in 1..65535");
    }
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, port, controllerPort);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      broker.close();
      stopped.countDown();
    }, "mediamon-broker-shutdown"));
    spec.commandLine().getErr().println("broker ready at " + broker.bootstrapServers() + " (data in " + dataDir + ")");
    spec.commandLine().getErr().flush();
    stopped.await();
    return 0;
  }
}
