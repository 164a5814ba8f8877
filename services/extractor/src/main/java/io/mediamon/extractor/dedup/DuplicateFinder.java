package io.mediamon.extractor.dedup;

import io.mediamon.schema.EnrichedArticle;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Marks each enriched article with the earlier article it copies (duplicateOf, similarity), or leaves both null,
 * and forwards it under its own key. One record out per record in.
 *
 * <p>Every {@link #EXPIRY_INTERVAL} of stream time, articles older than the retention are dropped from the index.
 */
public final class DuplicateFinder implements Processor<String, EnrichedArticle, String, EnrichedArticle> {
  /**
   * How long an article can be the original of later copies: syndicated copies follow within hours or days. State
   * per article with ingest's 26-character ids: about 1.8 KB of keys and values (signature entry 580 bytes, 33 bucket
   * keys of 35 bytes, an expiry key), so a week of 50,000 articles a day is about 630 MB before RocksDB overhead.
   */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  /** How often (stream time) expired articles are removed. */
  static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);

  private final double threshold;
  private final Duration retention;
  private ProcessorContext<String, EnrichedArticle> context;
  private DuplicateIndex index;

  /**
   * @param threshold estimated Jaccard similarity from which an article is a near copy
   * @param retention how long (record time) an article can be the original of later ones
   */
  public DuplicateFinder(double threshold, Duration retention) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("duplicate threshold must be above 0 and at most 1, got " + threshold);
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("duplicate retention must be positive, got " + retention);
    }
    this.threshold = threshold;
    this.retention = retention;
  }

  @Override
  public void init(ProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
    this.index = new DuplicateIndex(context.getStateStore(DuplicateStores.ARTICLES),
        context.getStateStore(DuplicateStores.BUCKETS), context.getStateStore(DuplicateStores.EXPIRY), threshold,
        retention);
    context.schedule(EXPIRY_INTERVAL, PunctuationType.STREAM_TIME,
        streamTime -> index.expireBefore(streamTime - retention.toMillis()));
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    if (article == null) {
      context.forward(record); // nothing to compare; not expected on this stream
      return;
    }
    // Stream time includes this record: its own timestamp may be the newest yet.
    long now = Math.max(context.currentStreamTimeMs(), record.timestamp());
    IndexedArticle entry = index.add(article.getId(), TextSignature.of(article.getCleanText()), record.timestamp(),
        now);
    // The value was just deserialized for this processor alone: set the verdict on it rather than deep-copying the
    // whole article (text, entities, claims) through a builder for two fields.
    article.setDuplicateOf(entry.duplicateOf());
    article.setSimilarity(entry.similarity());
    context.forward(record);
  }
}
