// mediamon: media-monitoring pipeline on Apache Kafka Streams. GPL-3.0-or-later (see LICENSE).
package io.mediamon.kafka.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker+controller) running inside this JVM, built from
 * Kafka's own production server classes. Listens on 127.0.0.1 on free ports chosen at start.
 *
 * <p>The caller owns the lifecycle: Kafka's server threads are not daemons, so {@link #close()} it.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    /** Deadline for start(); override with -Dmediamon.kafka.embedded.startTimeoutSeconds=N. */
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("mediamon.kafka.embedded.startTimeoutSeconds", 90));
    /** Free ports are probed then released, so another process may grab one before Kafka binds it. */
    private static final int BIND_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final boolean deleteOnClose;
    private final String bootstrapServers;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path dataDir, boolean deleteOnClose, String bootstrapServers) {
        this.server = server;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker whose data lives in dataDir (created if missing; kept on close). When dataDir already
     * holds meta.properties it is NOT formatted again (restart keeps topics and data).
     */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        return start(dataDir, false, () -> BrokerProperties.freePorts(2), BIND_ATTEMPTS);
    }

    /**
     * Starts a broker on these ports with its data in dataDir (kept on close; not formatted again when it holds
     * meta.properties): stopped and started again the same way, it is the same cluster at the same address, as a
     * restarted broker is to its clients.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int brokerPort, int controllerPort) {
        Objects.requireNonNull(dataDir, "dataDir");
        return start(dataDir, false, () -> new int[] {brokerPort, controllerPort}, 1);
    }

    /** Starts a broker on a fresh temporary directory that is deleted on close. */
    public static EmbeddedKafkaBroker startTemporary() {
        try {
            return start(Files.createTempDirectory("mediamon-kafka-"), true, () -> BrokerProperties.freePorts(2),
                    BIND_ATTEMPTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary Kafka data directory", e);
        }
    }

    /** "127.0.0.1:PORT" of the PLAINTEXT broker listener. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Shuts the broker down cleanly and waits for it; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.error("embedded Kafka broker {} did not shut down cleanly", bootstrapServers, e);
        } finally {
            if (ExitGuard.firstFault() != null) {
                LOG.error("embedded Kafka broker {} had a fatal fault while running", bootstrapServers,
                        ExitGuard.firstFault());
            }
            ExitGuard.release();
            if (deleteOnClose) {
                deleteQuietly(dataDir);
            }
        }
        LOG.info("embedded Kafka broker {} stopped in {} ms", bootstrapServers, millisSince(t0));
    }

    /** The data directory (for tests in this package). */
    Path dataDir() {
        return dataDir;
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + bootstrapServers + ", " + dataDir + "]";
    }

    /** @param ports the broker and controller ports of each attempt; chosen ports can be lost to a race */
    private static EmbeddedKafkaBroker start(Path dataDir, boolean temporary, Supplier<int[]> ports, int attempts) {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            boolean formatted = StorageFormat.formatIfNeeded(dataDir);
            for (int attempt = 1; ; attempt++) {
                try {
                    EmbeddedKafkaBroker broker = launch(dataDir, temporary, ports.get());
                    LOG.info("embedded Kafka broker {} ready in {} ms (data {}, {})", broker.bootstrapServers,
                            millisSince(t0), dataDir, formatted ? "freshly formatted" : "existing");
                    return broker;
                } catch (PortTakenException e) {
                    if (attempt == attempts) {
                        throw new IllegalStateException("embedded Kafka broker could not bind its ports after "
                                + attempt + " attempts", e.getCause());
                    }
                    LOG.warn("embedded Kafka broker lost a port race, retrying: {}", e.getCause().toString());
                }
            }
        } catch (IOException e) {
            if (temporary) {
                deleteQuietly(dataDir);
            }
            throw new UncheckedIOException("cannot prepare Kafka data directory " + dataDir, e);
        } catch (RuntimeException | Error e) {
            if (temporary) {
                deleteQuietly(dataDir);
            }
            throw e;
        }
    }

    /** One attempt on these ports (broker, controller): start the server and wait until it serves clients. */
    private static EmbeddedKafkaBroker launch(Path dataDir, boolean temporary, int[] ports) {
        long deadlineNanos = System.nanoTime() + START_TIMEOUT.toNanos();
        String bootstrap = BrokerProperties.HOST + ":" + ports[0];
        Map<String, String> props = BrokerProperties.of(dataDir, ports[0], ports[1], START_TIMEOUT.toMillis());
        KafkaConfig config = new KafkaConfig(props, false);

        ExitGuard.acquire();
        KafkaRaftServer server = null;
        try {
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup(); // blocks until the broker is registered and unfenced (or throws)
            Readiness.await(bootstrap, deadlineNanos);
            return new EmbeddedKafkaBroker(server, dataDir, temporary, bootstrap);
        } catch (RuntimeException | Error e) {
            if (server != null) {
                try {
                    server.shutdown();
                    server.awaitShutdown();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            ExitGuard.release();
            if (hasCause(e, BindException.class)) {
                throw new PortTakenException(e);
            }
            throw new IllegalStateException("embedded Kafka broker on " + dataDir + " (" + bootstrap
                    + ") failed to start within " + START_TIMEOUT.toSeconds() + " s: " + e, e);
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path dir) {
        try {
            Utils.delete(dir.toFile());
        } catch (IOException e) {
            LOG.warn("cannot delete temporary Kafka data directory {}", dir, e);
        }
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    /** A start attempt failed because a chosen port was taken in the meantime. */
    private static final class PortTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortTakenException(Throwable cause) {
            super(cause);
        }
    }
}
