package io.mediamon.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Passes every record on and asks Kafka Streams to commit right after a live one ({@code streams.backlog-age-ms}).
 * With exactly-once, what a stage writes is visible downstream only once its transaction commits, so an article that
 * crosses six stages (analysis, duplicates, story features, assignment, aggregation, alert) waits for up to six
 * commit intervals: 100 ms each by the streams default, 300 ms in the extractor, where a backfill needs the longer
 * interval (at tens of milliseconds of NER per article, frequent transactions take the stream thread's time). So a
 * record younger than the backlog age (time since its raw article reached the raw topic: records keep that timestamp
 * through every stage) is committed at once, and older ones are backlog and wait for the regular interval. The
 * policy regulates itself: if committing after every record slows a stage below the input rate, records age past
 * the backlog age and commits go back to the interval.
 */
public final class CommitWhenLive<K, V> implements Processor<K, V, K, V> {
  private final long backlogAgeMs;
  private ProcessorContext<K, V> context;

  /** @param backlogAgeMs age from which a record is backlog; 0: never commit early */
  public CommitWhenLive(long backlogAgeMs) {
    this.backlogAgeMs = backlogAgeMs;
  }

  @Override
  public void init(ProcessorContext<K, V> context) {
    this.context = context;
  }

  @Override
  public void process(Record<K, V> record) {
    context.forward(record);
    if (backlogAgeMs > 0 && context.currentSystemTimeMs() - record.timestamp() < backlogAgeMs) {
      context.commit();
    }
  }
}
