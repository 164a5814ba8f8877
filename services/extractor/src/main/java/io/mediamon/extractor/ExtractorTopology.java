package io.mediamon.extractor;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.dedup.DuplicateFinder;
import io.mediamon.extractor.dedup.DuplicateStores;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicDescriptor;
import io.mediamon.streams.CommitWhenLive;
import io.mediamon.streams.StreamsSettings;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * raw articles ─▶ analyze (clean, language, NER, claims, event mentions, fingerprint) ─▶ find duplicates ─▶
 * enriched articles.
 *
 * <pre>
 *   mediamon.articles.raw ──▶ extractor-analyze ──▶ extractor-commit-analyzed ──▶ extractor-key-by-id
 *        ──▶ [extractor-dedup-repartition, 1 partition] ──▶ extractor-find-duplicates ──▶ extractor-commit-enriched
 *        ──▶ mediamon.articles.enriched
 *                   │ read/write
 *        [extractor-dedup-articles, -buckets, -expiry] (changelogged)
 * </pre>
 *
 * <p>Why one partition for duplicate finding: raw articles are keyed by article id, so copies of one story sit on
 * different partitions and a per-task index would miss most of them. Every analyzed article therefore goes through
 * one named single-partition repartition topic to one task that holds the whole index. That task sees every article
 * in one order, so "earlier" is well defined and two copies arriving together cannot each be marked a copy of the
 * other, which a band-partitioned index (each article sent once per LSH band to the band's partition) could not
 * promise without a second round of messages. The cost is throughput: one task does all lookups, about 2 ms per
 * article (measured in a TopologyTestDriver run over 20,000 articles of 400 words, serdes included), against hundreds
 * of milliseconds of NER per article in the parallel stage before it.
 *
 * <p>An article the analyzer refuses (empty, binary) throws, and the processing exception handler dead-letters it
 * with the reason; the stream goes on.
 */
public final class ExtractorTopology {
  public static final String SERVICE = "extractor";
  /** Internal topic {@code <application.id>-extractor-dedup-repartition}. */
  static final String DEDUP_REPARTITION = "extractor-dedup";
  /** About a second of NER of compressed raw articles per fetch of a partition; see {@link #settings}. */
  static final int MAX_PARTITION_FETCH_BYTES = 64 * 1024;

  private ExtractorTopology() {}

  /**
   * The internal topic between analysis and duplicate finding. An article whose raw record is committed may still
   * wait there, so anything that checks that the extractor has caught up must check this topic's lag too.
   */
  public static String duplicateStageTopic(MediamonConfig config) {
    return config.get(Setting.APPLICATION_ID_PREFIX) + "-" + SERVICE + "-" + DEDUP_REPARTITION + "-repartition";
  }

  /**
   * The extractor's streams settings: mediamon's defaults, with
   * <ul>
   *   <li>a longer exactly-once commit interval ({@code extractor.commit-interval-ms}, 300 ms) for backlog, while live
   *       articles are committed at once ({@link CommitWhenLive}, {@code streams.backlog-age-ms}). NER takes tens of
   *       milliseconds per article, so at the streams default of 100 ms each transaction carries only a few
   *       articles; much longer intervals delay every article twice (it is read committed after analysis and again
   *       after the duplicate stage);
   *   <li>small polls and small fetches. A stream thread polls again only when it has processed every record it
   *       holds, and the analyzed articles reach the duplicate stage through those polls, in the order the
   *       consumer's fetches completed: with the consumer defaults (500 records a poll, 1 MiB a partition a fetch,
   *       i.e. hundreds of raw articles and seconds to minutes of NER) a thread sits on the committed output of its
   *       own analysis until the raw backlog ahead of it is gone, and nothing comes out meanwhile. So at most
   *       {@code extractor.max-poll-records} (20) records a poll and {@value #MAX_PARTITION_FETCH_BYTES} bytes a
   *       partition a fetch (a soft limit: a larger record batch still comes whole).
   * </ul>
   */
  public static Properties settings(MediamonConfig config) {
    Properties props = StreamsSettings.forService(config, SERVICE);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.getInt(Setting.EXTRACTOR_COMMIT_INTERVAL_MS));
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG),
        config.getInt(Setting.EXTRACTOR_MAX_POLL_RECORDS));
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
        MAX_PARTITION_FETCH_BYTES);
    return props;
  }

  /**
   * @param analyzer the JVM's one analyzer (it holds the CoreNLP pipeline), shared by all stream threads
   */
  public static Topology build(MediamonConfig config, ArticleAnalyzer analyzer) {
    return build(config, analyzer, Duration.ofDays(config.getInt(Setting.EXTRACTOR_DUPLICATE_RETENTION_DAYS)));
  }

  /**
   * @param duplicateRetention how long an article can be the original of later copies
   */
  public static Topology build(MediamonConfig config, ArticleAnalyzer analyzer, Duration duplicateRetention) {
    MediamonTopics topics = MediamonTopics.from(config);
    TopicDescriptor<String, EnrichedArticle> enriched = topics.enriched();
    double threshold = config.getDouble(Setting.EXTRACTOR_DUPLICATE_THRESHOLD);
    long backlogAge = config.getInt(Setting.STREAMS_BACKLOG_AGE_MS);
    StreamsBuilder builder = new StreamsBuilder();
    DuplicateStores.builders().forEach(builder::addStateStore);
    builder.stream(topics.raw().name(), topics.raw().consumed("extractor-read-raw"))
        .processValues(() -> new AnalyzeProcessor(analyzer), Named.as("extractor-analyze"))
        .process(() -> new CommitWhenLive<String, EnrichedArticle>(backlogAge), Named.as("extractor-commit-analyzed"))
        // From here on an article is keyed by its id: a raw record without a key would otherwise be dropped without
        // a trace by the repartition (Kafka Streams filters null keys there), and one under another key would slip
        // past duplicate finding's "the same article again".
        .selectKey((key, article) -> article.getId(), Named.as("extractor-key-by-id"))
        .repartition(Repartitioned.<String, EnrichedArticle>as(DEDUP_REPARTITION)
            .withKeySerde(enriched.keySerde()).withValueSerde(enriched.valueSerde()).withNumberOfPartitions(1))
        .process(() -> new DuplicateFinder(threshold, duplicateRetention), Named.as("extractor-find-duplicates"),
            DuplicateStores.names())
        .process(() -> new CommitWhenLive<String, EnrichedArticle>(backlogAge), Named.as("extractor-commit-enriched"))
        .to(enriched.name(), enriched.produced("extractor-write-enriched"));
    return builder.build();
  }
}
