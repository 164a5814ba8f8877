package io.mediamon.ingest;

import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.TopicDescriptor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes raw articles keyed by article id with an idempotent producer (acks=all). Send failures are collected
 * and reported by {@link #flush()}: none is dropped silently.
 */
public final class ArticlePublisher implements AutoCloseable {
  private final KafkaProducer<String, RawArticle> producer;
  private final TopicDescriptor<String, RawArticle> topic;
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong acknowledged = new AtomicLong();
  private final RecordSizeLimit sizeLimit;

  public ArticlePublisher(MediamonConfig config, TopicDescriptor<String, RawArticle> topic) {
    this.topic = topic;
    Properties props = config.kafkaClientProperties();
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    // An unreachable cluster must end in an error within seconds, not a hang.
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "mediamon-ingest");
    this.sizeLimit = RecordSizeLimit.of(props, topic);
    this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  /** Why the article can never be published (a record over the producer's size limit), or null when it can be. */
  public String refusal(RawArticle article) {
    return sizeLimit.refusal(article);
  }

  /**
   * The articles read from a file that can be published; each that never can is a problem of the file instead, so
   * that it is reported with its size and the others still go out, rather than failing the flush of all of them.
   */
  public List<RawArticle> publishable(Path file, List<RawArticle> articles, List<IngestProblem> problems) {
    List<RawArticle> ok = new ArrayList<>(articles.size());
    for (RawArticle article : articles) {
      String refusal = refusal(article);
      if (refusal == null) {
        ok.add(article);
      } else {
        problems.add(new IngestProblem(file, 0, refusal));
      }
    }
    return ok;
  }

  public void publish(RawArticle article) {
    send(new ProducerRecord<>(topic.name(), article.getId(), article));
  }

  /**
   * Publishes to one partition of the raw topic, keyed by article id as always: for a caller that spreads a batch
   * over the partitions itself (the benchmarks send batches too small for the hash of the ids to even out).
   */
  public void publish(RawArticle article, int partition) {
    send(new ProducerRecord<>(topic.name(), partition, article.getId(), article));
  }

  private void send(ProducerRecord<String, RawArticle> record) {
    RawArticle article = record.value();
    producer.send(record, (metadata, error) -> {
      if (error == null) {
        acknowledged.incrementAndGet();
      } else {
        failures.add(article.getId() + ": " + error.getMessage());
      }
    });
  }

  /**
   * Publishes these articles and returns once each is acknowledged; throws naming the ones that failed. Unlike
   * {@link #flush()}, it answers for these articles alone, so threads that publish side by side (feeds polled in
   * parallel) each learn the fate of their own.
   */
  public void publishAndWait(List<RawArticle> articles) {
    List<Future<RecordMetadata>> sent = new ArrayList<>(articles.size());
    for (RawArticle article : articles) {
      sent.add(producer.send(new ProducerRecord<>(topic.name(), article.getId(), article)));
    }
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      try {
        sent.get(i).get();
        acknowledged.incrementAndGet();
      } catch (ExecutionException e) {
        failed.add(articles.get(i).getId() + ": " + e.getCause().getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + articles.size()
            + " article(s) to be acknowledged", e);
      }
    }
    if (!failed.isEmpty()) {
      throw new IllegalStateException(failed.size() + " article(s) could not be published: " + failed);
    }
  }

  /** Waits for every send; throws if any failed, naming the articles. */
  public long flush() {
    producer.flush();
    if (!failures.isEmpty()) {
      List<String> copy = List.copyOf(failures);
      failures.clear();
      throw new IllegalStateException(copy.size() + " article(s) could not be published: " + copy);
    }
    return acknowledged.get();
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(30));
  }

  /** The producer, for its client metrics (/metrics); not for sending. */
  public org.apache.kafka.clients.producer.Producer<?, ?> producer() {
    return producer;
  }
}
