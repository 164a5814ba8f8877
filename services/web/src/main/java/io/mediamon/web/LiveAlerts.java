package io.mediamon.web;

import io.mediamon.config.MediamonConfig;
import io.mediamon.json.AlertJson;
import io.mediamon.schema.Alert;
import io.mediamon.topics.TopicDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
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
 * The alerts as they are committed, for the page's live stream: a consumer without a group that reads every
 * partition of the alerts topic from its end (read committed, as every consumer of mediamon's topics must) and hands
 * each alert's JSON document to every open stream. Every instance has its own, so a page connected to any instance
 * sees every alert. A stream whose client does not keep up (its queue full) is dropped; the page reconnects and
 * gets the recent alerts again.
 */
final class LiveAlerts implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveAlerts.class);
  /** Given to a stream's queue when the service stops, so that the stream ends. */
  static final String END = "\u0000end";
  private static final int QUEUE = 256;

  private final KafkaConsumer<String, byte[]> consumer;
  private final TopicDescriptor<String, Alert> topic;
  private final Set<BlockingQueue<String>> streams = ConcurrentHashMap.newKeySet();
  private final Thread thread;
  private volatile boolean running = true;

  LiveAlerts(MediamonConfig config, TopicDescriptor<String, Alert> topic) {
    this.topic = topic;
    Properties props = config.kafkaClientProperties();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "mediamon-web-live-alerts");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // fix the positions now: alerts after this point are streamed
    this.thread = new Thread(this::run, "mediamon-web-live-alerts");
    thread.setDaemon(true);
  }

  private volatile boolean started;

  void start() {
    started = true;
    thread.start();
  }

  BlockingQueue<String> subscribe() {
    BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
    streams.add(queue);
    return queue;
  }

  void unsubscribe(BlockingQueue<String> queue) {
    streams.remove(queue);
  }

  private void run() {
    var deserializer = topic.valueSerde().deserializer();
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.value() == null) {
            continue;
          }
          String json;
          try {
            json = AlertJson.toJson(deserializer.deserialize(record.topic(), record.headers(), record.value()));
          } catch (RuntimeException e) {
            LOG.warn("Live view: alert {}-{}@{} skipped: {}", record.topic(), record.partition(), record.offset(),
                e.getMessage());
            continue;
          }
          for (BlockingQueue<String> queue : streams) {
            if (!queue.offer(json)) {
              streams.remove(queue); // a client that does not keep up: it reconnects and gets the recent alerts
              queue.clear();
              queue.offer(END);
            }
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("Live view: the live alert stream stopped: {}", e.toString(), e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
      for (BlockingQueue<String> queue : streams) {
        queue.clear();
        queue.offer(END);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    if (!started) {
      consumer.close(Duration.ofSeconds(5));
      return;
    }
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
