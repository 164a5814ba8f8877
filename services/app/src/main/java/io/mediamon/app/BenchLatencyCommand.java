package io.mediamon.app;

import io.mediamon.app.bench.FirstReportAlerts;
import io.mediamon.app.bench.latency.LatencyBench;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.app.pipeline.PipelineDrain;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.http.ArticlePushServer;
import io.mediamon.ingest.http.KafkaArticleSink;
import io.mediamon.ingest.http.PushLimits;
import io.mediamon.kafka.embedded.EmbeddedKafkaBroker;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Ingest-to-alert latency of the whole pipeline at steady push rates (README, Benchmark: latency). */
@Command(name = "latency", mixinStandardHelpOptions = true,
    description = {"Push articles of new stories over HTTP at each rate through the whole pipeline (embedded broker "
        + "or --bootstrap-servers; exactly-once) and report ingest-to-NEW-alert latency: p50, p90, p99, max."})
final class BenchLatencyCommand implements Callable<Integer> {
  private static final String TOKEN = "bench-latency";

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions options;

  @Option(names = "--rates", split = ",", defaultValue = "1,10,40",
      description = "Articles per second, one phase each (default ${DEFAULT-VALUE}).")
  List<Double> rates;

  @Option(names = "--seconds", defaultValue = "60", description = "Length of each phase (default ${DEFAULT-VALUE}).")
  int seconds;

  @Override
  public Integer call() throws Exception {
    if (seconds <= 0 || rates.stream().anyMatch(r -> r <= 0)) {
      throw new UserError("--seconds and every rate must be positive");
    }
    // Every new story is announced on its first report: the bench measures how long the pipeline takes, not how
    // long the alert policy waits.
    MediamonConfig config = options.load().with(FirstReportAlerts.SETTINGS);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CompletableFuture<ArticleAnalyzer> analyzer = Analyzers.analyzer(config);
    EmbeddedKafkaBroker broker = config.hasBootstrapServers() ? null : EmbeddedKafkaBroker.startTemporary();
    try {
      if (broker != null) {
        config = config.with(Setting.BOOTSTRAP_SERVERS, broker.bootstrapServers());
      }
      MediamonTopics topics = MediamonTopics.from(config);
      List<LatencyBench.Result> results = new ArrayList<>();
      try (Admin admin = KafkaAccess.reachableAdmin(config)) {
        TopicCreator.ensureTopics(admin, topics);
        try (Pipeline pipeline = Pipeline.start(config, Set.of("extractor", "correlator", "alerter"), analyzer::join);
            KafkaArticleSink sink = new KafkaArticleSink(config, topics.raw(), Duration.ofSeconds(30));
            ArticlePushServer push = new ArticlePushServer("127.0.0.1", 0, TOKEN, PushLimits.fromSettings(config), sink,
                new ArticleFileReader("bench", Clock.systemUTC()))) {
          pipeline.awaitRunning(Duration.ofMinutes(3));
          LatencyBench bench = new LatencyBench(config, URI.create("http://127.0.0.1:" + push.port() + "/articles"),
              TOKEN, err);
          err.println("latency: warming up (30 articles at 5/s, not measured)");
          bench.measure(admin, 5, Duration.ofSeconds(6), pipeline.anyFailure(), 101);
          long seed = 1;
          for (double rate : rates) {
            results.add(bench.measure(admin, rate, Duration.ofSeconds(seconds), pipeline.anyFailure(), seed++));
          }
          PipelineDrain.await(admin, config, Duration.ofMinutes(5), pipeline.anyFailure());
        }
      }
      out.println("mediamon bench latency — " + BenchCommand.commandLine(spec));
      out.println("| articles/s | pushed | NEW alerts | alert p50 / p90 / p99 / max ms | memberships | "
          + "membership p50 / p90 / p99 / max ms |");
      out.println("| --- | --- | --- | --- | --- | --- |");
      for (LatencyBench.Result r : results) {
        LatencyBench.Percentiles a = r.alerts();
        LatencyBench.Percentiles m = r.memberships();
        out.printf("| %s | %d | %d | %d / %d / %d / %d | %d | %d / %d / %d / %d |%n", r.rate() == Math.rint(r.rate())
            ? String.valueOf((long) r.rate()) : String.valueOf(r.rate()), r.pushed(), a.count(), a.p50(), a.p90(),
            a.p99(), a.max(), m.count(), m.p50(), m.p90(), m.p99(), m.max());
      }
      out.flush();
      return 0;
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }
}
