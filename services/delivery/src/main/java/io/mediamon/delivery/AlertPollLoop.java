package io.mediamon.delivery;

import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.destination.DestinationResolver;
import io.mediamon.delivery.dispatch.DeadLetterWriter;
import io.mediamon.delivery.dispatch.Dispatcher;
import io.mediamon.delivery.dispatch.ReceivedAlert;
import io.mediamon.delivery.progress.OffsetTracker;
import io.mediamon.json.AlertJson;
import io.mediamon.schema.Alert;
import io.mediamon.topics.TopicDescriptor;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the alerts with a plain consumer (not Streams: delivery's effects are outside Kafka, no transaction covers
 * them), hands each to the dispatcher and commits by hand only what is fully handled ({@link OffsetTracker}). The
 * consumer is used on this loop's thread only; workers report through the tracker. Reading pauses while
 * {@code maxPending} alerts are unfinished, so a destination that is down for long does not fill the memory.
 */
final class AlertPollLoop {
  private static final Logger LOG = LoggerFactory.getLogger(AlertPollLoop.class);
  private static final Duration POLL = Duration.ofMillis(100);

  private final TopicDescriptor<String, Alert> topic;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final DestinationResolver resolver;
  private final Dispatcher dispatcher;
  private final DeadLetterWriter deadLetters;
  private final OffsetTracker tracker = new OffsetTracker();
  private final int maxPending;
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private final Thread thread;
  private volatile boolean closing;

  AlertPollLoop(Properties kafka, String groupId, TopicDescriptor<String, Alert> topic, DestinationResolver resolver,
      Dispatcher dispatcher, DeadLetterWriter deadLetters, int maxPending) {
    this.topic = topic;
    this.resolver = resolver;
    this.dispatcher = dispatcher;
    this.deadLetters = deadLetters;
    this.maxPending = maxPending;
    Properties props = new Properties();
    props.putAll(kafka);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // A new group starts with the oldest alert still kept: delivery is for every alert, not only future ones.
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Alerts are written in the alerter's transactions: an aborted one was never an alert.
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
    this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.thread = new Thread(this::run, "delivery-alerts");
  }

  void start() {
    consumer.subscribe(List.of(topic.name()), new CommitOnRevoke());
    thread.start();
  }

  /** Completes when the loop ends: normally after {@link #close}, exceptionally when it failed. */
  CompletableFuture<Void> stopped() {
    return stopped;
  }

  int pendingCount() {
    return tracker.pendingCount();
  }

  private void run() {
    try {
      while (!closing) {
        applyBackpressure();
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          handle(record);
        }
        commit();
      }
      commit();
      stopped.complete(null);
    } catch (WakeupException e) {
      commitQuietly();
      stopped.complete(null);
    } catch (InterruptedException e) {
      commitQuietly();
      stopped.complete(null);
    } catch (RuntimeException | Error e) {
      LOG.error("Delivery stopped reading alerts", e);
      stopped.completeExceptionally(e);
    } finally {
      consumer.close(Duration.ofSeconds(10));
    }
  }

  private void applyBackpressure() {
    if (tracker.pendingCount() >= maxPending) {
      if (consumer.paused().isEmpty() && !consumer.assignment().isEmpty()) {
        LOG.warn("{} alerts are still being delivered; reading pauses until fewer are", tracker.pendingCount());
      }
      consumer.pause(consumer.assignment());
    } else if (!consumer.paused().isEmpty()) {
      consumer.resume(consumer.paused());
    }
  }

  private void handle(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    if (record.value() == null) {
      tracker.skipped(partition, record.offset()); // nothing to deliver
      return;
    }
    Alert alert;
    String json;
    try {
      alert = topic.valueSerde().deserializer().deserialize(record.topic(), record.value());
      json = AlertJson.toJson(alert);
    } catch (RuntimeException e) {
      // Bad input: kept in the dead-letter topic with the reason, and the service goes on with the next alert.
      tracker.started(partition, record.offset());
      if (deadLetters.write(record.topic(), record.partition(), record.offset(), record.key(), record.value(), null,
          null, "none", 0, "not a readable alert: " + e.getMessage())) {
        tracker.done(partition, record.offset());
      }
      return;
    }
    ReceivedAlert received = new ReceivedAlert(partition, record.offset(), record.key(), record.value(), alert,
        AlertIdentity.of(alert), json);
    List<Destination> destinations = resolver.destinationsOf(alert);
    if (destinations.isEmpty()) {
      tracker.skipped(partition, record.offset());
      return;
    }
    tracker.started(partition, record.offset());
    dispatcher.dispatch(received, destinations, () -> tracker.done(partition, record.offset()));
  }

  private void commit() {
    Map<TopicPartition, Long> offsets = tracker.committable();
    if (offsets.isEmpty()) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
    offsets.forEach((partition, offset) -> commit.put(partition, new OffsetAndMetadata(offset)));
    try {
      consumer.commitSync(commit);
      tracker.committed(offsets);
    } catch (CommitFailedException | RebalanceInProgressException e) {
      LOG.warn("Commit of {} not taken ({}); the next one carries it", offsets, e.getMessage());
    }
  }

  private void commitQuietly() {
    try {
      commit();
    } catch (KafkaException e) {
      LOG.warn("Last commit failed: {}; what it held is delivered again after the restart", e.getMessage());
    }
  }

  /** Stops reading, commits what is fully handled and leaves the group. */
  void close() {
    closing = true;
    consumer.wakeup();
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Before a partition goes to another member, its fully handled alerts are committed and the rest forgotten. */
  private final class CommitOnRevoke implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      commitQuietly();
      partitions.forEach(tracker::forget);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      // positions come from the group's committed offsets
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      partitions.forEach(tracker::forget);
    }
  }
}
