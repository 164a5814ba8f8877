// mediamon: media-monitoring pipeline on Apache Kafka Streams. GPL-3.0-or-later (see LICENSE).
package io.mediamon.kafka.embedded;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.utils.internals.Exit;
import org.junit.jupiter.api.Test;

class ExitGuardTest {

    @Test
    void fatalExitAndHaltBecomeExceptionsWhileHeld() {
        ExitGuard.acquire();
        try {
            assertNull(ExitGuard.firstFault());
            ExitGuard.EmbeddedKafkaFatalException halt = assertThrows(ExitGuard.EmbeddedKafkaFatalException.class,
                    () -> Exit.halt(1, "simulated metadata fault"));
            assertTrue(halt.getMessage().contains("halt(1): simulated metadata fault"), halt.getMessage());
            assertThrows(ExitGuard.EmbeddedKafkaFatalException.class, () -> Exit.exit(2));
            assertSame(halt, ExitGuard.firstFault(), "the first fault is the one remembered");
        } finally {
            ExitGuard.release();
        }
    }

    @Test
    void nestedHoldersKeepTheGuardUntilTheLastRelease() {
        ExitGuard.acquire();
        ExitGuard.acquire();
        try {
            ExitGuard.release();
            assertNotNull(assertThrows(ExitGuard.EmbeddedKafkaFatalException.class, () -> Exit.exit(3)));
        } finally {
            ExitGuard.release();
        }
    }
}
