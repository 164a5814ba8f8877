// mediamon: media-monitoring pipeline on Apache Kafka Streams. GPL-3.0-or-later (see LICENSE).
package io.mediamon.kafka.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Server properties of the one-node combined broker+controller, and free-port selection. */
final class BrokerProperties {

    static final String HOST = "127.0.0.1";
    static final int NODE_ID = 1;
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private static final int MIB = 1024 * 1024;

    private BrokerProperties() {
    }

    /**
     * Builds the server properties.
     *
     * <p>The quorum is static ({@code controller.quorum.voters}): a dynamic KRaft quorum would persist the
     * controller endpoint in the metadata log, so a restart on the same data directory with a newly chosen
     * free port would no longer find its own controller.
     */
    static Map<String, String> of(Path dataDir, int brokerPort, int controllerPort, long startupTimeoutMs) {
        // Values are strings: ConfigDef parses them into its INT/SHORT/LONG types without boxing surprises.
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        // One directory holds both the partition logs and the KRaft metadata log (and meta.properties).
        p.put("log.dirs", dataDir.toAbsolutePath().toString());
        p.put("server.max.startup.time.ms", String.valueOf(startupTimeoutMs));

        // A single node: every internal topic must live with replication factor 1 / min ISR 1, otherwise
        // consumer groups, transactions and exactly_once_v2 Kafka Streams apps would never get a coordinator.
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // 50 partitions per internal topic (the default) only cost files and startup time here.
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.num.partitions", "5");
        // Tests and the app want the first rebalance now, not after the 3 s production delay.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("group.streams.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");

        // Heap and file economy inside a test or app JVM.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2L * MIB)); // default 128 MiB sits on the heap
        p.put("log.segment.bytes", String.valueOf(32 * MIB));
        p.put("log.index.size.max.bytes", String.valueOf(MIB)); // index files are preallocated and mmapped
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        return p;
    }

    /** Asks the OS for {@code count} distinct free ports on {@link #HOST}. */
    static int[] freePorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                // Keep all sockets open until every port is known so the OS cannot hand out one twice.
                sockets[i] = new ServerSocket();
                sockets[i].setReuseAddress(true);
                sockets[i].bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports on " + HOST, e);
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // closing a probe socket; nothing to do
                    }
                }
            }
        }
    }
}
