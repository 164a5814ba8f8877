package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.streams.StreamsService;
import io.mediamon.streams.StreamsSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away for 80 s while a stream thread is in the middle of its work, with mediamon's stream settings:
 * the thread waits where it stands (streams.max-block-ms) instead of giving up, so it is not replaced, its task's
 * state is not wiped and its open transaction is not cut off; every record comes out exactly once afterwards.
 *
 * <p>How the thread is caught mid-work every time: it commits only every 20 s, so when the broker goes away right
 * after a commit it is processing, not flushing, and the next records go to a topic it has not written before, whose
 * route it must ask the absent broker for. With Kafka's default of 60 s for that wait, the thread gave up at 60 s.
 * A topology of its own (count in a changelogged store, then write), not a mediamon service, so that the timing is
 * the test's; a broker of its own, which it stops.
 */
class ThreadSurvivesOutageIT {
  private static final int RECORDS = 40_000;
  private static final Duration WORK_PER_RECORD = Duration.ofMillis(1);

  @TempDir
  Path dir;

  @Test
  void aStreamThreadInTheMiddleOfItsWorkWaitsOutABrokerOutageWithNothingLostOrRepeated() throws Exception {
    RestartableBroker broker = RestartableBroker.start(dir.resolve("kafka"));
    MediamonConfig config = ItConfigs.unique(dir.resolve("state"))
        .with(Setting.BOOTSTRAP_SERVERS, broker.bootstrapServers());
    String prefix = config.get(Setting.APPLICATION_ID_PREFIX);
    String input = prefix + ".input";
    String before = prefix + ".before-outage";
    String after = prefix + ".after-outage";
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      admin.createTopics(List.of(new NewTopic(input, 1, (short) 1), new NewTopic(before, 1, (short) 1),
          new NewTopic(after, 1, (short) 1))).all().get();
    }
    produce(config, input);
    AtomicBoolean outageBegun = new AtomicBoolean();
    Properties settings = StreamsSettings.forService(config, "outage-probe");
    settings.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 20_000);
    settings.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 30_000);
    StreamsService service = new StreamsService("outage-probe",
        countThenWrite(input, before, after, outageBegun), settings);
    service.start();
    try {
      service.awaitRunning(Duration.ofMinutes(2));
      String thread = threadNames(service).get(0);
      await().atMost(Duration.ofMinutes(2)).until(() -> keys(config, before).size() >= RECORDS / 20);

      broker.stop(); // right after the first commit: the thread is processing, with 20 s before its next commit
      outageBegun.set(true);
      await().pollDelay(Duration.ofSeconds(5)).during(Duration.ofSeconds(75)).atMost(Duration.ofSeconds(90))
          .until(() -> !service.failure().isDone() && threadNames(service).equals(List.of(thread)));
      broker.restart();

      await().atMost(Duration.ofMinutes(4)).until(() -> keys(config, before).size() + keys(config, after).size()
          >= RECORDS);
      List<String> all = new ArrayList<>(keys(config, before));
      all.addAll(keys(config, after));
      assertEquals(RECORDS, all.size(), "one output per record, read committed");
      assertEquals(RECORDS, new HashSet<>(all).size(), "none repeated");
      assertEquals(List.of(thread), threadNames(service), "the thread that was working is still the one working");
      assertFalse(service.failure().isDone(), "the service did not fail");
    } finally {
      service.close();
      broker.close();
    }
  }

  /** input -> count (changelogged store) -> before-outage, or after-outage once the outage has begun. */
  private static Topology countThenWrite(String input, String before, String after, AtomicBoolean outageBegun) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("outage-probe-count"),
        Serdes.String(), Serdes.Long()));
    builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()).withName("outage-probe-read"))
        .processValues(Count::new, Named.as("outage-probe-count"), "outage-probe-count")
        .to((key, value, context) -> outageBegun.get() ? after : before,
            Produced.with(Serdes.String(), Serdes.String()).withName("outage-probe-write"));
    return builder.build();
  }

  /** Counts the records in its store, after a millisecond of work each, so that the input lasts tens of seconds. */
  private static final class Count implements FixedKeyProcessor<String, String, String> {
    private FixedKeyProcessorContext<String, String> context;
    private KeyValueStore<String, Long> store;

    @Override
    public void init(FixedKeyProcessorContext<String, String> context) {
      this.context = context;
      this.store = context.getStateStore("outage-probe-count");
    }

    @Override
    public void process(FixedKeyRecord<String, String> record) {
      long until = System.nanoTime() + WORK_PER_RECORD.toNanos();
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      Long count = store.get("records");
      store.put("records", count == null ? 1 : count + 1);
      context.forward(record);
    }
  }

  private static List<String> threadNames(StreamsService service) {
    return service.client().metadataForLocalThreads().stream().map(ThreadMetadata::threadName).sorted().toList();
  }

  private static void produce(MediamonConfig config, String topic) {
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(ItStreams.producerProps(config),
        new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < RECORDS; i++) {
        producer.send(new ProducerRecord<>(topic, "r" + i, "record " + i));
      }
      producer.flush();
    }
  }

  private static List<String> keys(MediamonConfig config, String topic) {
    List<String> keys = new ArrayList<>();
    TopicReader.read(config, topic, Map.of(), Long.MAX_VALUE,
        r -> keys.add(new String(r.key(), StandardCharsets.UTF_8)));
    return keys;
  }
}
