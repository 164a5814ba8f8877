package io.mediamon.delivery.destination;

import io.mediamon.schema.Watch;
import io.mediamon.topics.TopicDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watches of the compacted watchlists topic, read whole from the start and followed on a thread of its own, so
 * that a watch added or removed reaches delivery without a restart. No consumer group: every delivery process keeps
 * the whole table. A watch that cannot be read is logged and skipped (the alert names its watch id all the same).
 */
public final class WatchDirectory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WatchDirectory.class);

  private final TopicDescriptor<String, Watch> topic;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Watch> watches = new ConcurrentHashMap<>();
  private final Thread thread;
  /** Offsets the reader thread has reached, per partition; read by {@link #awaitCaughtUp}. */
  private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
  private final CountDownLatch loaded = new CountDownLatch(1);
  private volatile Map<TopicPartition, Long> loadTarget = Map.of();
  private volatile boolean closing;
  /** Set by {@link #awaitCaughtUp}: the reader thread asks for the end offsets (its consumer is not thread-safe). */
  private boolean refreshRequested;
  private long refreshes;

  public WatchDirectory(Properties kafka, TopicDescriptor<String, Watch> topic) {
    this.topic = topic;
    Properties props = new Properties();
    props.putAll(kafka);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    this.thread = new Thread(this::run, "delivery-watches");
    this.thread.setDaemon(true);
  }

  /** Starts reading and waits until the watches that existed at the start are in, at most {@code timeout}. */
  public WatchDirectory start(Duration timeout) throws InterruptedException {
    List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    if (partitions.isEmpty()) {
      LOG.warn("Topic {} does not exist: alerts go to the configured destinations only", topic.name());
      loaded.countDown();
      return this;
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    loadTarget = consumer.endOffsets(partitions);
    thread.start();
    if (!loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      LOG.warn("The watches of {} are not all read after {}; delivering meanwhile", topic.name(), timeout);
    }
    return this;
  }

  public Optional<Watch> get(String watchId) {
    return Optional.ofNullable(watches.get(watchId));
  }

  /**
   * Waits until everything written to the topic up to now is read, at most {@code timeout}: an alert can name a
   * watch that was added just before it, faster than this reader follows.
   */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    Map<TopicPartition, Long> target = loadTarget;
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      refreshRequested = true;
      long refreshedBefore = refreshes;
      while (refreshes == refreshedBefore && System.nanoTime() < deadline && !closing && thread.isAlive()) {
        wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      }
      target = loadTarget;
      while (!reached(target) && System.nanoTime() < deadline && !closing && thread.isAlive()) {
        wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      }
      return reached(target);
    }
  }

  private boolean reached(Map<TopicPartition, Long> target) {
    return target.entrySet().stream().allMatch(e -> positions.getOrDefault(e.getKey(), 0L) >= e.getValue());
  }

  private void run() {
    try {
      while (!closing) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          apply(record);
        }
        boolean refresh;
        synchronized (this) {
          refresh = refreshRequested;
          refreshRequested = false;
        }
        Map<TopicPartition, Long> target = refresh ? consumer.endOffsets(consumer.assignment()) : loadTarget;
        for (TopicPartition partition : consumer.assignment()) {
          positions.put(partition, consumer.position(partition));
        }
        synchronized (this) {
          if (refresh) {
            loadTarget = target;
            refreshes++;
          }
          notifyAll();
        }
        if (reached(loadTarget)) {
          loaded.countDown();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("Reading the watches of {} stopped: {}; alerts still go to the configured destinations and to the "
          + "watches read so far", topic.name(), e.toString());
    } finally {
      loaded.countDown();
      consumer.close();
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.key() == null) {
      LOG.warn("Skipping a watch without a key at {}-{}@{}", record.topic(), record.partition(), record.offset());
      return;
    }
    if (record.value() == null) {
      watches.remove(record.key());
      return;
    }
    try {
      watches.put(record.key(), topic.valueSerde().deserializer().deserialize(record.topic(), record.value()));
    } catch (RuntimeException e) {
      LOG.warn("Skipping watch {} at {}-{}@{}, which cannot be read: {}", record.key(), record.topic(),
          record.partition(), record.offset(), e.getMessage());
    }
  }

  @Override
  public void close() {
    closing = true;
    if (!thread.isAlive()) {
      try {
        consumer.close(); // never started: nobody else closes it
      } catch (RuntimeException e) {
        // already closed by the reader thread
      }
      return;
    }
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      notifyAll();
    }
  }
}
