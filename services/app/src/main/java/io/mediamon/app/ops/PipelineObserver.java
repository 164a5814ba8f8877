package io.mediamon.app.ops;

import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.streams.errors.DeadLetters;
import io.mediamon.topics.MediamonTopics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's flow as meters, read off its topics as any read-committed consumer sees them: records out of each
 * stage (raw by ingest, enriched by the extractor, memberships by the correlator, alerts by the alerter), alerts by
 * kind, dead letters by stage, source topic and exception, and ingest-to-alert latency (an alert keeps the time of
 * the raw record it comes from, so its age when it becomes visible is the time the article took through every
 * stage). It joins no consumer group and starts at the end: only what happens while this process runs is counted.
 * One process per pipeline runs it (the one that runs the alerter), so that the counts are not repeated.
 */
public final class PipelineObserver implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineObserver.class);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final MediamonTopics topics;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Timer latency;
  /** One counter per stage's output topic, looked up per record rather than built again. */
  private final Map<String, Counter> recordsOut = new java.util.HashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread thread;

  public PipelineObserver(MediamonConfig config, MeterRegistry registry, Clock clock) {
    this.topics = MediamonTopics.from(config);
    this.registry = registry;
    this.clock = clock;
    Map<String, String> stageOf = Map.of(topics.raw().name(), "ingest", topics.enriched().name(), "extractor",
        topics.storyArticles().name(), "correlator", topics.alerts().name(), "alerter");
    this.latency = Timer.builder("mediamon.ingest.to.alert")
        .description("Time from an article's arrival on the raw topic to its alert being visible (read committed)")
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10))
        .maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
    this.consumer = TopicReader.consumer(config);
    TopicReader.assignAtEnd(consumer, List.of(topics.raw().name(), topics.enriched().name(),
        topics.storyArticles().name(), topics.alerts().name(), topics.deadLetter().name()));
    stageOf.forEach((topic, stage) -> recordsOut.put(topic, Counter.builder("mediamon.records.out")
        .description("Records a stage wrote (read committed)").tag("stage", stage).tag("topic", topic)
        .register(registry)));
    this.thread = new Thread(this::observe, "mediamon-metrics-observer");
    thread.setDaemon(true);
    thread.start();
  }

  private void observe() {
    try {
      while (!closed.get()) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          count(record);
        }
      }
    } catch (WakeupException e) {
      if (!closed.get()) {
        throw e;
      }
    } catch (RuntimeException e) {
      // Metrics must never take the pipeline down; the gap shows as flat counters and this line says why.
      LOG.warn("Pipeline metrics stopped: {}", e.toString(), e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  void count(ConsumerRecord<byte[], byte[]> record) {
    Counter out = recordsOut.get(record.topic());
    if (out != null) {
      out.increment();
    }
    if (record.topic().equals(topics.alerts().name())) {
      latency.record(Duration.ofMillis(Math.max(0, clock.millis() - record.timestamp())));
      Counter.builder("mediamon.alerts").description("Alerts by kind").tag("kind", alertKind(record))
          .register(registry).increment();
    } else if (record.topic().equals(topics.deadLetter().name())) {
      Counter.builder("mediamon.dead.letters").description("Records dead-lettered, by stage, source and exception")
          .tag("stage", header(record, DeadLetters.HEADER_STAGE))
          .tag("source_topic", header(record, DeadLetters.HEADER_SOURCE_TOPIC))
          .tag("exception", simpleName(header(record, DeadLetters.HEADER_EXCEPTION)))
          .register(registry).increment();
    }
  }

  private String alertKind(ConsumerRecord<byte[], byte[]> record) {
    try {
      return String.valueOf(topics.alerts().valueSerde().deserializer().deserialize(record.topic(), record.value())
          .getKind());
    } catch (RuntimeException e) {
      return "undecodable";
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      consumer.wakeup();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
