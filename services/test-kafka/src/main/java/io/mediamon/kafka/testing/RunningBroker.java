// mediamon: media-monitoring pipeline on Apache Kafka Streams. GPL-3.0-or-later (see LICENSE).
package io.mediamon.kafka.testing;

import io.mediamon.kafka.embedded.EmbeddedKafkaBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** A started broker of either kind, with what it takes to stop it. */
final class RunningBroker {

    /** The apache/kafka image at the Kafka client's own version; override with -Dmediamon.test.kafkaImage=... */
    static final String KAFKA_IMAGE = System.getProperty("mediamon.test.kafkaImage",
            "apache/kafka:" + kafkaClientVersion());

    private static final Logger LOG = LoggerFactory.getLogger(RunningBroker.class);

    /** The version kafka-clients records about itself in its jar. */
    private static String kafkaClientVersion() {
        java.util.Properties props = new java.util.Properties();
        try (java.io.InputStream in = KafkaContainer.class.getClassLoader()
                .getResourceAsStream("kafka/kafka-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("kafka-clients is not on the class path");
            }
            props.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the Kafka client version", e);
        }
        return props.getProperty("version");
    }

    private final String bootstrapServers;
    private final Runnable stop;

    private RunningBroker(String bootstrapServers, Runnable stop) {
        this.bootstrapServers = bootstrapServers;
        this.stop = stop;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    void stop() {
        try {
            stop.run();
        } catch (RuntimeException e) {
            LOG.warn("stopping the test Kafka broker failed", e);
        }
    }

    static RunningBroker embedded() {
        long t0 = System.nanoTime();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
        LOG.info("test Kafka: embedded broker at {} ({} ms)", broker.bootstrapServers(), millisSince(t0));
        return new RunningBroker(broker.bootstrapServers(), broker::close);
    }

    @SuppressWarnings("resource") // stopped by the JVM shutdown hook (Testcontainers' Ryuk also reaps it)
    static RunningBroker container() {
        long t0 = System.nanoTime();
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE)
                        .asCompatibleSubstituteFor("apache/kafka"))
                // Match the embedded broker so a test passes or fails the same way on both.
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_STREAMS_INITIAL_REBALANCE_DELAY_MS", "0");
        try {
            container.start();
        } catch (RuntimeException e) {
            container.close();
            throw e;
        }
        LOG.info("test Kafka: container {} at {} ({} ms)", KAFKA_IMAGE, container.getBootstrapServers(),
                millisSince(t0));
        return new RunningBroker(container.getBootstrapServers(), container::stop);
    }

    /** Whether a Docker engine answers; never throws (Testcontainers missing or misconfigured means no). */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Docker probe failed", e);
            return false;
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
