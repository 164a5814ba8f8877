// mediamon: media-monitoring pipeline on Apache Kafka Streams. GPL-3.0-or-later (see LICENSE).
package io.mediamon.kafka.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestKafkaTest {

    @Test
    void uniqueNamesAreUniqueLegalTopicNames() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            names.add(TestKafka.uniqueName("raw articles/é"));
        }
        assertEquals(1000, names.size());
        for (String name : names) {
            assertTrue(name.matches("raw-articles---[0-9]+-[0-9a-f]{8}"), name);
        }
    }

    @Test
    void uniqueNameKeepsTheBaseAsPrefix() {
        assertTrue(TestKafka.uniqueName("mediamon.raw-articles_v1").startsWith("mediamon.raw-articles_v1-"));
    }
}
