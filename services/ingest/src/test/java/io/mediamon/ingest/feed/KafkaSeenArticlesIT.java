package io.mediamon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.kafka.testing.TestKafka;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Test;

class KafkaSeenArticlesIT {

  @Test
  void seenIdsSurviveARestart() throws Exception {
    Properties kafka = new Properties();
    kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    String topic = TestKafka.uniqueName("ingest-seen");
    try (KafkaSeenArticles first = KafkaSeenArticles.open(kafka, topic, 1000, Clock.systemUTC())) {
      assertFalse(first.isSeen("u-1"));
      first.markSeen("u-1");
      first.markSeen("u-2");
      first.markSeen("u-1");
      assertTrue(first.isSeen("u-1"));
      first.flush();
    }
    try (KafkaSeenArticles second = KafkaSeenArticles.open(kafka, topic, 1000, Clock.systemUTC())) {
      assertTrue(second.isSeen("u-1"), "seen before the restart");
      assertTrue(second.isSeen("u-2"));
      assertFalse(second.isSeen("u-3"));
    }
  }
}
