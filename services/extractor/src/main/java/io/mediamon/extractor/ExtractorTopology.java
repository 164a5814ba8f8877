package io.mediamon.extractor;

import io.mediamon.config.MediamonConfig;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.topics.MediamonTopics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;

/**
 * raw articles ─▶ analyze (clean, language, NER, claims, event mentions, fingerprint) ─▶ enriched articles.
 *
 * <pre>
 *   mediamon.articles.raw ──▶ extractor-analyze ──▶ mediamon.articles.enriched
 * </pre>
 *
 * An article the analyzer refuses (empty, binary) throws, and the processing exception handler dead-letters it
 * with the reason; the stream goes on.
 */
public final class ExtractorTopology {
  public static final String SERVICE = "extractor";

  private ExtractorTopology() {}

  /**
   * @param analyzer the JVM's one analyzer (it holds the CoreNLP pipeline), shared by all stream threads
   */
  public static Topology build(MediamonConfig config, ArticleAnalyzer analyzer) {
    MediamonTopics topics = MediamonTopics.from(config);
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(topics.raw().name(), topics.raw().consumed("extractor-read-raw"))
        .mapValues(analyzer::analyze, Named.as("extractor-analyze"))
        .to(topics.enriched().name(), topics.enriched().produced("extractor-write-enriched"));
    return builder.build();
  }
}
