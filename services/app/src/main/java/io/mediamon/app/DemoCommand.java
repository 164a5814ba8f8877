package io.mediamon.app;

import io.mediamon.app.events.EventsFile;
import io.mediamon.app.events.EventsLoader;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.app.pipeline.PipelineDrain;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.ingest.FileIngest;
import io.mediamon.json.AvroJson;
import io.mediamon.kafka.embedded.EmbeddedKafkaBroker;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The whole pipeline in one process on a real broker: the embedded KRaft broker unless bootstrap servers are
 * given. Loads the events file, runs all services, ingests the corpus, waits until everything reached the alerts
 * topic, prints this run's alerts as JSON lines on stdout, and exits.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline once on the embedded broker and print the alerts as JSON lines.")
final class DemoCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

  @Mixin
  ConfigOptions options;

  @Option(names = "--corpus", paramLabel = "DIR", description = "Articles to ingest (default: samples/corpus).")
  Path corpus;

  @Option(names = "--feed", paramLabel = "URL",
      description = "An RSS or Atom feed to ingest once, besides the corpus (repeatable; an empty --corpus "
          + "directory means feeds only).")
  List<String> feedUrls = new java.util.ArrayList<>();

  @Option(names = "--events", paramLabel = "FILE",
      description = "Events to follow, JSON lines (default: samples/events.jsonl).")
  Path events;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep the embedded broker's data and the services' state here, so a second run continues "
          + "where the first stopped (default: a temporary directory, removed at exit).")
  Path dataDir;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT5M",
      description = "How long to wait for the pipeline to drain (ISO-8601, default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--serve",
      description = "After printing the alerts, keep the broker up and serve the desk's live view (web.port, default "
          + "8080) until Ctrl-C; its address is printed on stderr.")
  boolean serve;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    MediamonConfig config = options.load();
    Path corpusDir = corpus != null ? corpus : Paths.sampleCorpus();
    Path eventsFile = events != null ? events : Paths.sampleEvents();
    if (!Files.isDirectory(corpusDir) && !Files.isRegularFile(corpusDir)) {
      throw new UserError("corpus " + corpusDir + " does not exist");
    }
    var followed = EventsFile.read(eventsFile, Clock.systemUTC().instant());
    CompletableFuture<ArticleAnalyzer> analyzer = Analyzers.analyzer(config);
    EmbeddedKafkaBroker broker = null;
    try {
      if (!config.hasBootstrapServers()) {
        broker = dataDir == null ? EmbeddedKafkaBroker.startTemporary()
            : EmbeddedKafkaBroker.start(dataDir.resolve("kafka"));
        config = config.with(Setting.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        LOG.info("Embedded Kafka broker at {}", broker.bootstrapServers());
      }
      if (dataDir != null && config.get(Setting.STATE_DIR).isBlank()) {
        config = config.with(Setting.STATE_DIR, dataDir.resolve("state").toString());
      }
      run(config, corpusDir, followed, analyzer, spec.commandLine().getOut());
      if (serve) {
        EmbeddedKafkaBroker handedOver = broker;
        broker = null; // the shutdown sequence stops it, after the live view
        serveUntilStopped(config, handedOver);
      }
      return 0;
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }

  /** The live view over what the demo wrote, until SIGTERM or Ctrl-C. */
  private void serveUntilStopped(MediamonConfig config, EmbeddedKafkaBroker broker) throws InterruptedException {
    ShutdownSequence shutdown = new ShutdownSequence().registerHook();
    if (broker != null) {
      shutdown.started("the embedded broker", broker);
    }
    try {
      io.mediamon.web.WebService web = io.mediamon.web.WebService.start(config);
      shutdown.started("the live view", web);
      java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
      shutdown.started("demo", stopped::countDown);
      web.failure().whenComplete((ok, error) -> stopped.countDown());
      spec.commandLine().getErr().println("The desk's live view: " + web.address() + " (Ctrl-C to stop)");
      spec.commandLine().getErr().flush();
      stopped.await();
      if (web.failure().isCompletedExceptionally()) {
        web.failure().join();
      }
    } finally {
      shutdown.stop();
    }
  }

  private void run(MediamonConfig config, Path corpusDir, List<io.mediamon.schema.Event> followed,
      CompletableFuture<ArticleAnalyzer> analyzer, PrintWriter out) throws Exception {
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
      // Only this run's alerts are printed, also when --data-dir keeps earlier runs' alerts.
      Map<TopicPartition, Long> alertsBefore = TopicReader.endOffsets(config, topics.alerts().name());
      EventsLoader.load(config, topics.events(), followed);
      LOG.info("Loaded {} followed event(s)", followed.size());
      try (Pipeline pipeline = Pipeline.start(config, Set.of("extractor", "correlator", "alerter"), analyzer::join)) {
        pipeline.awaitRunning(Duration.ofMinutes(2));
        FileIngest.ingestOnce(config, topics.raw(), List.of(corpusDir));
        if (!feedUrls.isEmpty()) {
          try (var feeds = Feeds.fromUrls(config, topics, feedUrls)) {
            LOG.info("Published {} article(s) from {} feed(s)", feeds.pollOnce(), feedUrls.size());
          }
        }
        PipelineDrain.await(admin, config, timeout, pipeline.anyFailure());
      }
      int printed = TopicReader.read(config, topics.alerts().name(), alertsBefore, Long.MAX_VALUE, record ->
          out.println(AvroJson.toJsonLine(topics.alerts().valueSerde().deserializer().deserialize(
              record.topic(), record.value()))));
      out.flush();
      LOG.info("{} alert(s)", printed);
    }
  }
}
