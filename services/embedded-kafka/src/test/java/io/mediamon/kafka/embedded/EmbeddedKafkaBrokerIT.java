// mediamon: media-monitoring pipeline on Apache Kafka Streams. GPL-3.0-or-later (see LICENSE).
package io.mediamon.kafka.embedded;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        long t0 = System.nanoTime();
        broker = EmbeddedKafkaBroker.startTemporary();
        System.out.printf("EmbeddedKafkaBroker.startTemporary() took %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }

    @AfterAll
    static void stopBroker() {
        Path dir = broker.dataDir();
        broker.close();
        broker.close(); // idempotent
        assertFalse(Files.exists(dir), "temporary data directory is deleted on close");
    }

    @Test
    void bootstrapServersIsLoopbackWithPort() {
        assertTrue(broker.bootstrapServers().matches("127\\.0\\.0\\.1:\\d+"), broker.bootstrapServers());
    }

    @Test
    void idempotentProducerRoundTrip() throws Exception {
        String topic = "idempotent";
        createTopic(broker, topic, 3);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(broker, null))) {
            for (int i = 0; i < 20; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, "v" + i)).get();
            }
        }
        List<String> values = consumeValues(broker, topic, "read_uncommitted", 20);
        assertEquals(IntStream.range(0, 20).mapToObj(i -> "v" + i).collect(Collectors.toSet()), Set.copyOf(values));
    }

    @Test
    void transactionalProducerIsSeenOnlyWhenCommitted() throws Exception {
        String topic = "transactional";
        createTopic(broker, topic, 1);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(broker, "tx-it"))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "a", "aborted-1"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "c", "committed-1"));
            producer.send(new ProducerRecord<>(topic, "c", "committed-2"));
            producer.commitTransaction();
        }
        assertEquals(List.of("committed-1", "committed-2"), consumeValues(broker, topic, "read_committed", 2));
    }

    @Test
    void restartOnSameDataDirKeepsTopicsAndData(@TempDir Path dataDir) throws Exception {
        String topic = "durable";
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(dataDir)) {
            createTopic(first, topic, 2);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(first, null))) {
                producer.send(new ProducerRecord<>(topic, "k", "before-restart")).get();
            }
        }
        assertTrue(Files.exists(dataDir.resolve("meta.properties")), "data directory is kept on close");

        try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(dataDir)) {
            try (Admin admin = Admin.create(adminProps(second))) {
                assertTrue(admin.listTopics().names().get().contains(topic), "topic survives the restart");
                assertEquals(2, admin.describeTopics(List.of(topic)).allTopicNames().get()
                        .get(topic).partitions().size());
            }
            assertEquals(List.of("before-restart"), consumeValues(second, topic, "read_uncommitted", 1));
        }
    }

    private static void createTopic(EmbeddedKafkaBroker b, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(adminProps(b))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    private static List<String> consumeValues(EmbeddedKafkaBroker b, String topic, String isolation, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-" + isolation + "-reader");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            // KafkaConsumer is single-threaded: poll from the test thread, not Awaitility's.
            await().atMost(DEADLINE).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
                return values.size() >= expected;
            });
            // Nothing beyond the expected records (e.g. aborted ones) shows up shortly after.
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                values.add(r.value());
            }
        }
        return values;
    }

    private static Map<String, Object> adminProps(EmbeddedKafkaBroker b) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers());
    }

    private static Properties producerProps(EmbeddedKafkaBroker b, String transactionalId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        if (transactionalId != null) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return props;
    }
}
