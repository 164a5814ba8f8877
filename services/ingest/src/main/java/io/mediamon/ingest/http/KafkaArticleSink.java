package io.mediamon.ingest.http;

import io.mediamon.config.MediamonConfig;
import io.mediamon.ingest.RecordSizeLimit;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.TopicDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Writes each request's articles to the raw topic, keyed by article id, and waits for their acknowledgements
 * (idempotent producer, acks=all). Unlike {@link io.mediamon.ingest.ArticlePublisher}, whose failures are
 * collected for a whole batch, every request waits on its own futures: concurrent requests must not see each
 * other's failures.
 */
public final class KafkaArticleSink implements ArticleSink, AutoCloseable {
  private final KafkaProducer<String, RawArticle> producer;
  private final TopicDescriptor<String, RawArticle> topic;
  private final Duration ackTimeout;
  private final RecordSizeLimit sizeLimit;

  public KafkaArticleSink(MediamonConfig config, TopicDescriptor<String, RawArticle> topic, Duration ackTimeout) {
    this.topic = topic;
    this.ackTimeout = ackTimeout;
    Properties props = config.kafkaClientProperties();
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // An HTTP client waits for the answer: an unreachable cluster must give a 503 within seconds.
    long timeoutMs = ackTimeout.toMillis();
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, timeoutMs));
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, timeoutMs + 5));
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "mediamon-ingest-http");
    this.sizeLimit = RecordSizeLimit.of(props, topic);
    this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  @Override
  public void storeAll(List<RawArticle> articles) {
    for (RawArticle article : articles) {
      String refusal = sizeLimit.refusal(article); // all or nothing: checked before anything is sent
      if (refusal != null) {
        throw new ArticleTooLargeException(refusal);
      }
    }
    List<Future<RecordMetadata>> acks = new ArrayList<>(articles.size());
    try {
      for (RawArticle article : articles) {
        acks.add(producer.send(new ProducerRecord<>(topic.name(), article.getId(), article)));
      }
      long deadline = System.nanoTime() + ackTimeout.toNanos();
      for (Future<RecordMetadata> ack : acks) {
        ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (ExecutionException e) {
      throw new SinkUnavailableException("Kafka did not acknowledge: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException | KafkaException e) {
      throw new SinkUnavailableException("Kafka did not acknowledge within " + ackTimeout.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SinkUnavailableException("interrupted while waiting for Kafka", e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }

  /** The producer, for its client metrics (/metrics); not for sending. */
  public org.apache.kafka.clients.producer.Producer<?, ?> producer() {
    return producer;
  }
}
