package io.mediamon.app;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.delivery.DeliveryService;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.ArticlePublisher;
import io.mediamon.ingest.DropDirectory;
import io.mediamon.ingest.feed.FeedService;
import io.mediamon.kafka.embedded.EmbeddedKafkaBroker;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import io.mediamon.web.WebService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The services until stopped (SIGTERM/Ctrl-C) or until one fails (exit 1): against a cluster, or without one on an
 * embedded single-node broker on a fixed port whose data, like the services' state, is kept in a data directory.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the services until stopped: against --bootstrap-servers, or on an embedded broker (port "
        + "9092, data in ~/.mediamon/run) when none is given.")
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
  private static final Duration DROP_SCAN_INTERVAL = Duration.ofSeconds(5);

  @Mixin
  ConfigOptions options;

  @Option(names = "--services", paramLabel = "LIST",
      description = "Comma-separated: ingest, extractor, correlator, alerter, deliver, spikes, web (setting "
          + "services; default ingest, extractor, correlator, alerter and web). web: the desk's live view and query API on "
          + "web.port (8080, on web.host 127.0.0.1).")
  String services;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Without a cluster: where the embedded broker's data and the services' state live, so that a "
          + "restart continues where it stopped (default: ~/.mediamon/run).")
  Path dataDir;

  @Option(names = "--broker-port", defaultValue = "9092", paramLabel = "PORT",
      description = "Without a cluster: the embedded broker's client port, for Kafka's own tools (default "
          + "${DEFAULT-VALUE}; its controller listens on the next port).")
  int brokerPort;

  @Override
  public Integer call() throws Exception {
    MediamonConfig config = options.load();
    if (services != null) {
      config = config.with(Setting.SERVICES, services);
    }
    ShutdownSequence shutdown = new ShutdownSequence().registerHook();
    try {
      if (!config.hasBootstrapServers()) {
        EmbeddedKafkaBroker broker = startEmbeddedBroker();
        shutdown.started("the embedded broker", broker); // stopped last: the services commit and leave on it
        config = config.with(Setting.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        if (config.get(Setting.STATE_DIR).isBlank()) {
          config = config.with(Setting.STATE_DIR, dataDirectory().resolve("state").toString());
        }
      }
      return runServices(config, shutdown);
    } finally {
      shutdown.stop(); // a refused setting or a failed service; after a signal the hook has it in hand
    }
  }

  private Path dataDirectory() {
    return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".mediamon", "run");
  }

  /** A single-node KRaft broker on fixed ports with its data kept: the same cluster, at the same address, each run. */
  private EmbeddedKafkaBroker startEmbeddedBroker() {
    if (brokerPort < 1 || brokerPort > 65534) {
      throw new UserError("--broker-port must be within 1..65534 (the controller takes the next port)");
    }
    for (int port : new int[] {brokerPort, brokerPort + 1}) {
      try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
      } catch (java.io.IOException e) {
        throw new UserError("port " + port + " is in use (another Kafka or mediamon run?): choose others with "
            + "--broker-port, or point run at that cluster with --bootstrap-servers");
      }
    }
    Path kafka = dataDirectory().resolve("kafka");
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafka, brokerPort, brokerPort + 1);
    LOG.info("Embedded Kafka broker at {} (data in {}); Kafka's tools connect with --bootstrap-server {}",
        broker.bootstrapServers(), kafka, broker.bootstrapServers());
    return broker;
  }

  private int runServices(MediamonConfig config, ShutdownSequence shutdown) throws Exception {
    Set<String> selected = new LinkedHashSet<>(config.getList(Setting.SERVICES));
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
    }
    // Everything that can refuse its settings (a feeds file, a busy port) is opened before any thread starts:
    // a refusal then ends the process with its message instead of leaving a running drop-directory thread behind.
    FeedService feeds = selected.contains("ingest") ? Feeds.fromSettings(config, topics) : null;
    if (feeds != null) {
      shutdown.started("feeds", feeds);
    }
    PushEndpoint push = selected.contains("ingest") ? PushEndpoint.fromSettings(config, topics) : null;
    if (push != null) {
      shutdown.started("the push endpoint", push);
    }
    // The live view's port, like the push endpoint's, is opened before the pipeline starts (a busy one: exit 2).
    WebService web = selected.contains("web") ? WebService.start(config) : null;
    if (web != null) {
      shutdown.started("the live view", web);
    }
    // Ingest's producers, for their client metrics on /metrics.
    Map<String, Producer<?, ?>> producers = new LinkedHashMap<>();
    if (push != null) {
      producers.put("push", push.producer());
    }
    if (feeds != null) {
      producers.put("feeds", feeds.producer());
    }
    if (selected.contains("ingest") && !config.get(Setting.INGEST_DIR).isBlank()) {
      ArticlePublisher dropPublisher = new ArticlePublisher(config, topics.raw());
      shutdown.started("the drop directory's producer", dropPublisher);
      producers.put("drop-directory", dropPublisher.producer());
      DropDirectory drop = new DropDirectory(Path.of(config.get(Setting.INGEST_DIR)),
          ArticleFileReader.fromSettings(config.get(Setting.INGEST_SOURCE), Clock.systemUTC(), config),
          dropPublisher, Clock.systemUTC());
      shutdown.started("the drop directory", drop);
      drop.start(DROP_SCAN_INTERVAL);
    }
    MediamonConfig settings = config;
    Pipeline pipeline = Pipeline.start(config, selected, () -> Analyzers.analyzer(settings).join());
    shutdown.started("the stream services", pipeline);
    DeliveryService delivery = selected.contains("deliver") ? DeliveryService.start(config, topics) : null;
    if (delivery != null) {
      shutdown.started("delivery", delivery); // stopped before the stream services; commits what was accepted
    }
    CountDownLatch stopped = new CountDownLatch(1);
    shutdown.started("run", stopped::countDown); // stopping wakes the command up first
    if (delivery != null) {
      delivery.failure().whenComplete((ok, error) -> stopped.countDown());
    }
    if (feeds != null) {
      feeds.start();
    }
    if (web != null) {
      web.failure().whenComplete((ok, error) -> stopped.countDown());
    }
    OpsChecks ops = OpsChecks.open(config, pipeline, feeds, producers,
        web == null ? java.util.List.of() : java.util.List.of(web.streams()));
    if (ops != null) {
      shutdown.started("the ops endpoint", ops);
    }
    pipeline.awaitRunning(Duration.ofMinutes(2));
    if (web != null) {
      web.awaitRunning(Duration.ofMinutes(2));
      LOG.info("The desk's live view: {}", web.address());
    }
    LOG.info("Running {}", selected);
    pipeline.anyFailure().whenComplete((ok, error) -> stopped.countDown());
    stopped.await();
    if (pipeline.anyFailure().isCompletedExceptionally()) {
      pipeline.anyFailure().join();
    }
    if (delivery != null && delivery.failure().isCompletedExceptionally()) {
      delivery.failure().join();
    }
    if (web != null && web.failure().isCompletedExceptionally()) {
      web.failure().join();
    }
    return 0;
  }
}
