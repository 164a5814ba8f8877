package io.mediamon.app.pipeline;

import io.mediamon.alerter.AlerterTopology;
import io.mediamon.config.MediamonConfig;
import io.mediamon.correlator.CorrelatorTopology;
import io.mediamon.extractor.ExtractorTopology;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.spikes.SpikesTopology;
import io.mediamon.streams.StreamsService;
import io.mediamon.streams.StreamsSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** The stream services of one process, started in pipeline order and closed in reverse. */
public final class Pipeline implements AutoCloseable {
  private final List<StreamsService> services;

  private Pipeline(List<StreamsService> services) {
    this.services = services;
  }

  /**
   * @param names which stream services to run (extractor, correlator, alerter, spikes; others are ignored)
   * @param analyzer called only when the extractor runs: loading CoreNLP takes seconds and a gigabyte
   */
  public static Pipeline start(MediamonConfig config, Set<String> names, Supplier<ArticleAnalyzer> analyzer) {
    List<StreamsService> services = new ArrayList<>();
    if (names.contains(ExtractorTopology.SERVICE)) {
      services.add(new StreamsService(ExtractorTopology.SERVICE,
          ExtractorTopology.build(config, analyzer.get()), ExtractorTopology.settings(config)));
    }
    if (names.contains(CorrelatorTopology.SERVICE)) {
      services.add(new StreamsService(CorrelatorTopology.SERVICE, CorrelatorTopology.build(config),
          StreamsSettings.forService(config, CorrelatorTopology.SERVICE)));
    }
    if (names.contains(AlerterTopology.SERVICE)) {
      services.add(new StreamsService(AlerterTopology.SERVICE, AlerterTopology.build(config),
          StreamsSettings.forService(config, AlerterTopology.SERVICE)));
    }
    if (names.contains(SpikesTopology.SERVICE)) {
      services.add(new StreamsService(SpikesTopology.SERVICE, SpikesTopology.build(config),
          StreamsSettings.forService(config, SpikesTopology.SERVICE)));
    }
    Pipeline pipeline = new Pipeline(services);
    services.forEach(StreamsService::start);
    return pipeline;
  }

  public void awaitRunning(Duration timeout) throws TimeoutException, InterruptedException {
    for (StreamsService service : services) {
      service.awaitRunning(timeout);
    }
  }

  /** Completes exceptionally as soon as any service fails. */
  public CompletableFuture<Object> anyFailure() {
    return CompletableFuture.anyOf(services.stream().map(StreamsService::failure)
        .toArray(CompletableFuture[]::new));
  }

  public List<StreamsService> services() {
    return services;
  }

  @Override
  public void close() {
    for (int i = services.size() - 1; i >= 0; i--) {
      services.get(i).close();
    }
  }
}
