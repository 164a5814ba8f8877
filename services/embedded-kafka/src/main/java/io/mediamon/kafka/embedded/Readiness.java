// mediamon: media-monitoring pipeline on Apache Kafka Streams. GPL-3.0-or-later (see LICENSE).
package io.mediamon.kafka.embedded;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/** Waits until a client can really talk to the broker: what "started" must mean for the callers. */
final class Readiness {

    private static final long POLL_MS = 100;

    private Readiness() {
    }

    /** Returns once describeCluster through {@code bootstrap} lists a live broker; throws at the deadline. */
    static void await(String bootstrap, long deadlineNanos) {
        Map<String, Object> conf = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "mediamon-embedded-kafka-readiness",
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50,
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        Exception last = null;
        try (Admin admin = Admin.create(conf)) {
            while (true) {
                if (ExitGuard.firstFault() != null) {
                    throw new IllegalStateException("broker reported a fatal fault", ExitGuard.firstFault());
                }
                long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
                if (remainingMs <= 0) {
                    throw new IllegalStateException("broker at " + bootstrap + " not ready before the deadline",
                            last);
                }
                try {
                    Collection<Node> nodes = admin.describeCluster(
                                    new DescribeClusterOptions().timeoutMs((int) Math.min(remainingMs, 5_000)))
                            .nodes().get(remainingMs, TimeUnit.MILLISECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                }
                Thread.sleep(POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker at " + bootstrap, e);
        }
    }
}
