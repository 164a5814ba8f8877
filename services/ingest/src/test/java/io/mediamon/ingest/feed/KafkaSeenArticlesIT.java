package io.mediamon.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediamon.kafka.testing.TestKafka;
import io.mediamon.schema.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
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

  @Test
  void feedItemsAreNotPublishedAgainAfterARestart() throws Exception {
    Properties kafka = new Properties();
    kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    String topic = TestKafka.uniqueName("ingest-seen");
    try (TestHttpServer server = new TestHttpServer()) {
      server.serve("/rss", "application/rss+xml",
          FeedSamples.rss20(server.uri("/ferry").toString(), server.uri("/budget").toString()));
      List<FeedConfig> feeds = List.of(new FeedConfig(server.uri("/rss"), "Harbour Times", Duration.ofMinutes(5),
          List.of(), false));
      List<RawArticle> published = new ArrayList<>();
      try (KafkaSeenArticles seen = KafkaSeenArticles.open(kafka, topic, 1000, Clock.systemUTC())) {
        assertEquals(2, ingest(feeds, seen, published).pollDue());
        seen.flush();
      }
      // A new process: nothing in memory, the seen ids come back from the compacted topic.
      try (KafkaSeenArticles seen = KafkaSeenArticles.open(kafka, topic, 1000, Clock.systemUTC())) {
        assertEquals(0, ingest(feeds, seen, published).pollDue());
      }
      assertEquals(2, published.size());
      assertEquals(2, server.requests.get(), "both runs fetched the feed");
    }
  }

  private static FeedIngest ingest(List<FeedConfig> feeds, SeenArticles seen, List<RawArticle> published) {
    return new FeedIngest(feeds, new FeedPoller(new SafeFetcher(FetchLimits.DEFAULT), new FeedParser(), seen,
        Clock.systemUTC()), seen, new FeedBackoff(Duration.ofHours(1), new SplittableRandom(1)), Clock.systemUTC(),
        published::addAll);
  }
}
