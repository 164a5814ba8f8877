// mediamon: media-monitoring pipeline on Apache Kafka Streams. GPL-3.0-or-later (see LICENSE).
package io.mediamon.kafka.embedded;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.utils.internals.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Kafka's fatal-fault handling from ending the JVM while embedded brokers run.
 *
 * <p>On a fatal fault (e.g. a metadata log it cannot read) the broker calls {@code Exit.exit} or
 * {@code Exit.halt}, which by default is {@code Runtime.halt}: the test JVM or the app would vanish without
 * a stack trace. While at least one embedded broker runs, both procedures are routed to an ERROR log line
 * and an {@link EmbeddedKafkaFatalException} thrown in the faulting Kafka thread. The procedures are global
 * to the JVM, hence the reference count. Kafka offers no getter, so "restore" means back to Kafka's default.
 */
final class ExitGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ExitGuard.class);

    private static int holders;
    private static final AtomicReference<EmbeddedKafkaFatalException> FIRST_FAULT = new AtomicReference<>();

    private ExitGuard() {
    }

    static synchronized void acquire() {
        if (holders++ == 0) {
            FIRST_FAULT.set(null);
            Exit.setExitProcedure((code, message) -> fault("exit", code, message));
            Exit.setHaltProcedure((code, message) -> fault("halt", code, message));
        }
    }

    static synchronized void release() {
        if (holders > 0 && --holders == 0) {
            Exit.resetExitProcedure();
            Exit.resetHaltProcedure();
        }
    }

    /** The first fatal fault Kafka reported since the guard was armed, or null. */
    static EmbeddedKafkaFatalException firstFault() {
        return FIRST_FAULT.get();
    }

    private static void fault(String kind, int code, String message) {
        String detail = message == null ? "" : ": " + message;
        EmbeddedKafkaFatalException e = new EmbeddedKafkaFatalException(
                "embedded Kafka broker requested JVM " + kind + "(" + code + ")" + detail);
        FIRST_FAULT.compareAndSet(null, e);
        LOG.error("{}; the JVM keeps running but the broker is no longer reliable", e.getMessage(), e);
        throw e;
    }

    /** Thrown in the Kafka thread that asked to end the JVM. */
    static final class EmbeddedKafkaFatalException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EmbeddedKafkaFatalException(String message) {
            super(message);
        }
    }
}
