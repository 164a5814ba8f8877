package io.mediamon.extractor;

import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Analyzes each raw article with the JVM's one analyzer and times it as a Kafka Streams metric of its own, so that
 * JMX, Kafka's tools and {@code /metrics} show what an article costs beside the client metrics:
 * {@code analyze-latency-avg} and {@code -max} (milliseconds), {@code analyze-rate} and {@code -total}, in group
 * {@code stream-mediamon-metrics} with tags {@code thread-id} and {@code mediamon-id=extractor} (Prometheus:
 * {@code kafka_stream_mediamon_analyze_latency_avg}). An article the analyzer refuses throws, as before, for the
 * processing exception handler to dead-letter; its time is counted too.
 */
final class AnalyzeProcessor implements FixedKeyProcessor<String, RawArticle, EnrichedArticle> {
  static final String METRICS_SCOPE = "mediamon";
  static final String OPERATION = "analyze";

  private final ArticleAnalyzer analyzer;
  private FixedKeyProcessorContext<String, EnrichedArticle> context;
  private Sensor latency;

  AnalyzeProcessor(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
    // One sensor per stream thread: the tasks of a thread get the same one back.
    this.latency = context.metrics().addLatencyRateTotalSensor(METRICS_SCOPE, ExtractorTopology.SERVICE, OPERATION,
        Sensor.RecordingLevel.INFO);
  }

  @Override
  public void process(FixedKeyRecord<String, RawArticle> record) {
    long start = System.nanoTime();
    EnrichedArticle article;
    try {
      article = analyzer.analyze(record.value());
    } finally {
      latency.record((System.nanoTime() - start) / 1e6);
    }
    context.forward(record.withValue(article));
  }
}
