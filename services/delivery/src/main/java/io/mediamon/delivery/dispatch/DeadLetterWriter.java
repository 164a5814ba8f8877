package io.mediamon.delivery.dispatch;

import io.mediamon.delivery.destination.Destination;
import io.mediamon.streams.errors.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an alert that a destination did not accept to the dead-letter topic: the original key and value bytes, the
 * headers every mediamon dead letter has ({@link DeadLetters}: stage {@value #STAGE}, reason, source topic,
 * partition and offset) and the delivery's own: which destination, its last answer, how many attempts, the
 * idempotency key. Ops can replay it to the alerts topic once the destination is fixed.
 */
public final class DeadLetterWriter implements AutoCloseable {
  public static final String STAGE = "delivery";
  public static final String HEADER_DESTINATION = "mediamon.delivery.destination";
  public static final String HEADER_LAST_STATUS = "mediamon.delivery.last-status";
  public static final String HEADER_ATTEMPTS = "mediamon.delivery.attempts";
  public static final String HEADER_IDEMPOTENCY_KEY = "mediamon.delivery.idempotency-key";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterWriter.class);

  private final Producer<byte[], byte[]> producer;
  private final String topic;

  public DeadLetterWriter(Properties kafka, String topic) {
    Properties props = new Properties();
    props.putAll(kafka);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    this.topic = topic;
  }

  /** On a producer of the caller's (tests: Kafka's MockProducer). */
  public DeadLetterWriter(Producer<byte[], byte[]> producer, String topic) {
    this.producer = producer;
    this.topic = topic;
  }

  /**
   * Writes the dead letter and waits for the broker to take it: only then may the alert's offset be committed.
   *
   * @param alert null for a record that could not even be read as an alert (then key and value are the record's)
   * @return whether the broker took it
   */
  public boolean write(String sourceTopic, int partition, long offset, byte[] key, byte[] value, ReceivedAlert alert,
      Destination destination, String lastStatus, int attempts, String reason) throws InterruptedException {
    RecordHeaders headers = new RecordHeaders();
    DeadLetters.addOutcome(headers, STAGE, reason, sourceTopic, partition, offset);
    if (destination != null) {
      headers.add(HEADER_DESTINATION, utf8(destination.describe()));
    }
    headers.add(HEADER_LAST_STATUS, utf8(lastStatus));
    headers.add(HEADER_ATTEMPTS, utf8(Integer.toString(attempts)));
    if (alert != null) {
      headers.add(HEADER_IDEMPOTENCY_KEY, utf8(alert.idempotencyKey()));
    }
    LOG.warn("Dead-lettering alert {}-{}@{} for {} after {} attempt(s), last status {}: {}", sourceTopic, partition,
        offset, destination == null ? "every destination" : destination.describe(), attempts, lastStatus, reason);
    try {
      producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(60, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      LOG.error("Cannot write the dead letter of {}-{}@{} to {}: {}; the alert stays uncommitted", sourceTopic,
          partition, offset, topic, e.toString());
      return false;
    }
  }

  /** Dead-letters a delivered alert for one destination. */
  public boolean write(ReceivedAlert alert, Destination destination, String lastStatus, int attempts, String reason)
      throws InterruptedException {
    return write(alert.partition().topic(), alert.partition().partition(), alert.offset(), alert.key(), alert.value(),
        alert, destination, lastStatus, attempts, reason);
  }

  private static byte[] utf8(String s) {
    return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    producer.close(java.time.Duration.ofSeconds(10));
  }
}
