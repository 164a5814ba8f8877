// mediamon: media-monitoring pipeline on Apache Kafka Streams. GPL-3.0-or-later (see LICENSE).
package io.mediamon.kafka.testing;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Kafka broker of this test JVM, shared by all integration tests that run in it.
 *
 * <p>Which broker, by system property {@value #BROKER_PROPERTY}:
 * <ul>
 *   <li>{@code embedded}: the in-process {@code EmbeddedKafkaBroker} on a temporary directory;</li>
 *   <li>{@code testcontainers}: a Testcontainers {@code apache/kafka} container (fails if it cannot start);</li>
 *   <li>unset or {@code auto}: the container when a Docker engine answers, else the embedded broker. A
 *       container that fails to start also falls back to the embedded broker, so no test is skipped or
 *       failed for lack of Docker.</li>
 * </ul>
 * Both brokers behave alike for the tests: one node, auto topic creation off, internal topics with
 * replication factor 1 (transactions and exactly_once_v2 work).
 */
public final class TestKafka {

    /** System property choosing the broker: {@code embedded}, {@code testcontainers} or {@code auto}. */
    public static final String BROKER_PROPERTY = "mediamon.test.broker";

    private static final Logger LOG = LoggerFactory.getLogger(TestKafka.class);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private static String bootstrapServers;
    /** A failed start is not retried: every later test would wait for the same timeout again. */
    private static RuntimeException startFailure;

    private TestKafka() {
    }

    /** Bootstrap servers of the one broker of this JVM, started on first call, stopped by a JVM shutdown hook. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            if (startFailure != null) {
                throw new IllegalStateException("the test Kafka broker of this JVM failed to start earlier",
                        startFailure);
            }
            RunningBroker broker;
            try {
                broker = start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "test-kafka-shutdown"));
            bootstrapServers = broker.bootstrapServers();
        }
        return bootstrapServers;
    }

    /**
     * A name no other test in this JVM (or an earlier run against the same broker) gets: {@code base} plus a
     * sequence number and a random suffix, e.g. {@code articles-7-3f9a1c2e}. Use it for topics, consumer
     * groups, Streams application ids and transactional ids. Characters Kafka forbids in topic names are
     * replaced by '-'.
     */
    public static String uniqueName(String base) {
        String safe = base == null || base.isBlank() ? "test" : base.replaceAll("[^A-Za-z0-9._-]", "-");
        return safe + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RunningBroker start() {
        String choice = System.getProperty(BROKER_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        switch (choice) {
            case "embedded":
                return RunningBroker.embedded();
            case "testcontainers":
                try {
                    return RunningBroker.container();
                } catch (RuntimeException e) {
                    throw new IllegalStateException("-D" + BROKER_PROPERTY + "=testcontainers but the Kafka "
                            + "container did not start (is a Docker engine running?)", e);
                }
            case "auto":
            case "":
                return auto();
            default:
                throw new IllegalArgumentException("-D" + BROKER_PROPERTY + "=" + choice
                        + ": expected embedded, testcontainers or auto");
        }
    }

    private static RunningBroker auto() {
        if (!RunningBroker.dockerAvailable()) {
            LOG.info("no Docker engine found: using the embedded Kafka broker");
            return RunningBroker.embedded();
        }
        try {
            return RunningBroker.container();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Kafka container failed to start, falling back to the embedded broker", e);
            return RunningBroker.embedded();
        }
    }
}
