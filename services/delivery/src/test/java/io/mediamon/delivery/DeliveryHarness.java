package io.mediamon.delivery;

import io.mediamon.config.MediamonConfig;
import io.mediamon.kafka.testing.TestKafka;
import io.mediamon.schema.Alert;
import io.mediamon.schema.DestinationKind;
import io.mediamon.schema.Severity;
import io.mediamon.schema.Watch;
import io.mediamon.schema.WatchDestination;
import io.mediamon.topics.MediamonTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One delivery test's own topics on the test broker (alerts with two partitions, watchlists, dead letters), its
 * settings, and ways to write alerts and watches and read dead letters.
 */
final class DeliveryHarness implements AutoCloseable {
  final String prefix = TestKafka.uniqueName("delivery");
  final Map<String, String> settings = new HashMap<>();
  private final KafkaProducer<byte[], byte[]> producer;
  private final Admin admin;
  final List<DeliveryService> started = new ArrayList<>();

  DeliveryHarness() throws Exception {
    io.mediamon.serde.TrustedSchemaPackages.ensureTrusted(); // Avro builds watches' defaults by class name
    settings.put("bootstrap.servers", TestKafka.bootstrapServers());
    settings.put("application.id.prefix", prefix);
    settings.put("topic.alerts", prefix + "-alerts");
    settings.put("topic.watchlists", prefix + "-watchlists");
    settings.put("topic.dead-letter", prefix + "-dead-letter");
    settings.put("delivery.backoff-ms", "50");
    settings.put("delivery.backoff-max-ms", "200");
    settings.put("delivery.retries", "2");
    settings.put("delivery.timeout-ms", "5000");
    settings.put("delivery.webhook-secret", "topsecret");
    settings.put("delivery.rate-per-second", "100");
    Properties props = new Properties();
    props.put("bootstrap.servers", TestKafka.bootstrapServers());
    admin = Admin.create(props);
    admin.createTopics(List.of(new NewTopic(prefix + "-alerts", 2, (short) 1),
        new NewTopic(prefix + "-watchlists", 1, (short) 1), new NewTopic(prefix + "-dead-letter", 1, (short) 1)))
        .all().get(30, TimeUnit.SECONDS);
    producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  MediamonConfig config() {
    return MediamonConfig.defaults().with(settings);
  }

  MediamonTopics topics() {
    return MediamonTopics.from(config());
  }

  DeliveryService start() throws InterruptedException {
    DeliveryService service = DeliveryService.start(config(), topics());
    started.add(service);
    return service;
  }

  void send(Alert alert) throws Exception {
    sendRaw(alert.getEventId().getBytes(StandardCharsets.UTF_8), topics().alerts().valueSerde().serializer()
        .serialize(prefix + "-alerts", alert));
  }

  void sendRaw(byte[] key, byte[] value) throws Exception {
    producer.send(new ProducerRecord<>(prefix + "-alerts", key, value)).get(30, TimeUnit.SECONDS);
  }

  void watch(String watchId, WatchDestination... destinations) throws Exception {
    Watch watch = Watch.newBuilder().setWatchId(watchId).setName("watch " + watchId).setSeverity(Severity.HIGH)
        .setKeywords(List.of("ferry")).setDestinations(List.of(destinations)).build();
    producer.send(new ProducerRecord<>(prefix + "-watchlists", watchId.getBytes(StandardCharsets.UTF_8),
        topics().watchlists().valueSerde().serializer().serialize(prefix + "-watchlists", watch)))
        .get(30, TimeUnit.SECONDS);
  }

  void removeWatch(String watchId) throws Exception {
    producer.send(new ProducerRecord<>(prefix + "-watchlists", watchId.getBytes(StandardCharsets.UTF_8), null))
        .get(30, TimeUnit.SECONDS);
  }

  static WatchDestination destination(DestinationKind kind, String target) {
    return WatchDestination.newBuilder().setKind(kind).setTarget(target).build();
  }

  /** Every dead letter written so far. */
  List<ConsumerRecord<byte[], byte[]>> deadLetters() {
    Properties props = new Properties();
    props.put("bootstrap.servers", TestKafka.bootstrapServers());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<byte[], byte[]>> records = new CopyOnWriteArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      TopicPartition partition = new TopicPartition(prefix + "-dead-letter", 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      while (consumer.position(partition) < end) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /** The committed offsets of the delivery group, by partition of the alerts topic. */
  Map<Integer, Long> committed() throws Exception {
    Map<Integer, Long> offsets = new HashMap<>();
    admin.listConsumerGroupOffsets(prefix + DeliveryService.GROUP_SUFFIX).partitionsToOffsetAndMetadata()
        .get(30, TimeUnit.SECONDS).forEach((p, o) -> offsets.put(p.partition(), o == null ? 0 : o.offset()));
    return offsets;
  }

  static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    started.forEach(DeliveryService::close);
    producer.close();
    admin.close();
  }
}
