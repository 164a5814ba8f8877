package io.mediamon.app;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.ArticlePublisher;
import io.mediamon.ingest.DropDirectory;
import io.mediamon.ingest.feed.FeedService;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The services against an external cluster, until stopped (SIGTERM/Ctrl-C) or until one fails (exit 1). */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the services against an external Kafka cluster until stopped.")
final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
  private static final Duration DROP_SCAN_INTERVAL = Duration.ofSeconds(5);

  @Mixin
  ConfigOptions options;

  @Option(names = "--services", paramLabel = "LIST",
      description = "Comma-separated: ingest, extractor, correlator, alerter (setting services; default all).")
  String services;

  @Override
  public Integer call() throws Exception {
    MediamonConfig config = options.load();
    if (services != null) {
      config = config.with(Setting.SERVICES, services);
    }
    if (!config.hasBootstrapServers()) {
      throw new UserError("run needs a cluster: --bootstrap-servers HOST:PORT, bootstrap.servers in --config, or "
          + "MEDIAMON_BOOTSTRAP_SERVERS (mediamon demo starts an embedded broker instead)");
    }
    Set<String> selected = new LinkedHashSet<>(config.getList(Setting.SERVICES));
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
    }
    DropDirectory drop = null;
    ArticlePublisher dropPublisher = null;
    if (selected.contains("ingest") && !config.get(Setting.INGEST_DIR).isBlank()) {
      dropPublisher = new ArticlePublisher(config, topics.raw());
      drop = new DropDirectory(Path.of(config.get(Setting.INGEST_DIR)),
          new ArticleFileReader(config.get(Setting.INGEST_SOURCE), Clock.systemUTC(),
          config.getInt(Setting.INGEST_MAX_FILE_BYTES)), dropPublisher,
          Clock.systemUTC());
      drop.start(DROP_SCAN_INTERVAL);
    }
    DropDirectory dropDirectory = drop;
    ArticlePublisher dropDirectoryPublisher = dropPublisher;
    CountDownLatch stopped = new CountDownLatch(1);
    MediamonConfig settings = config;
    FeedService feeds = selected.contains("ingest") ? Feeds.fromSettings(config, topics) : null;
    PushEndpoint push = selected.contains("ingest") ? PushEndpoint.fromSettings(config, topics) : null;
    try (Pipeline pipeline = Pipeline.start(config, selected, () -> Analyzers.analyzer(settings).join())) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        LOG.info("Stopping");
        if (feeds != null) {
          feeds.close();
        }
        if (push != null) {
          push.close();
        }
        if (dropDirectory != null) {
          dropDirectory.close();
          dropDirectoryPublisher.close();
        }
        pipeline.close();
        stopped.countDown();
      }, "mediamon-shutdown"));
      if (feeds != null) {
        feeds.start();
      }
      OpsChecks ops = OpsChecks.open(config, pipeline);
      if (ops != null) {
        Runtime.getRuntime().addShutdownHook(new Thread(ops::close, "mediamon-ops-shutdown"));
      }
      pipeline.awaitRunning(Duration.ofMinutes(2));
      LOG.info("Running {}", selected);
      pipeline.anyFailure().whenComplete((ok, error) -> stopped.countDown());
      stopped.await();
      if (pipeline.anyFailure().isCompletedExceptionally()) {
        pipeline.anyFailure().join();
      }
    }
    return 0;
  }
}
