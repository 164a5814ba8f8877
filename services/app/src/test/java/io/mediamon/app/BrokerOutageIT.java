package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.ops.BrokerProbe;
import io.mediamon.app.ops.Readiness;
import io.mediamon.app.ops.StreamsServiceCheck;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away for longer than the clients' 60 s request timeouts (but less than streams.max-block-ms) while
 * the correlator is busy, then comes back at the same address: the service waits it out and every article ends in
 * exactly one membership record (besides those a story's split or merge sends again), none lost, none repeated;
 * readiness names the brokers meanwhile and is back without a restart. A broker of its own (this test stops it), on
 * fixed ports. ThreadSurvivesOutageIT catches a stream thread in the middle of its work every time, which this test
 * does only now and then.
 */
class BrokerOutageIT {
  private static final Set<String> SERVICES = Set.of("correlator");
  private static final int ARTICLES = 3000;
  private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));

  @TempDir
  Path dir;

  @Test
  void anOutageLongerThanTheClientTimeoutsIsWaitedOutWithNothingLostOrRepeated() throws Exception {
    RestartableBroker broker = RestartableBroker.start(dir.resolve("kafka"));
    MediamonConfig config = ItConfigs.unique(dir.resolve("state"))
        .with(Setting.BOOTSTRAP_SERVERS, broker.bootstrapServers());
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      TopicCreator.ensureTopics(admin, topics);
    }
    ItStreams.produceEnriched(config, topics, articles());
    Pipeline pipeline = ItStreams.start(config, SERVICES);
    BrokerProbe probe = new BrokerProbe(config, Duration.ofSeconds(1), Clock.systemUTC());
    Readiness readiness = new Readiness(List.of(probe, new StreamsServiceCheck(pipeline.services().get(0))));
    try {
      pipeline.awaitRunning(Duration.ofMinutes(2));
      await().atMost(Duration.ofMinutes(3)).until(() -> memberships(config, topics).size() >= ARTICLES / 10);
      assertTrue(readiness.report().ready(), readiness.report().toString());

      broker.stop(); // mid-stream: the correlator still has most of the articles to do
      await().atMost(Duration.ofSeconds(15)).until(() -> readiness.report().problems().containsKey("brokers"));
      await().pollDelay(Duration.ofSeconds(5)).during(Duration.ofSeconds(75)).atMost(Duration.ofSeconds(90))
          .until(() -> !pipeline.anyFailure().isDone() && readiness.report().problems().containsKey("brokers"));
      broker.restart();
      await().atMost(Duration.ofMinutes(2)).until(() -> readiness.report().ready());

      await().atMost(Duration.ofMinutes(5)).until(() -> memberships(config, topics).size() >= ARTICLES);
      assertFalse(pipeline.anyFailure().isDone(), "no service failed");
      List<String> ids = memberships(config, topics);
      assertEquals(ARTICLES, ids.size(), "one membership per article, read committed");
      assertEquals(ARTICLES, new HashSet<>(ids).size(), "none repeated");
    } finally {
      probe.close();
      pipeline.close();
      broker.close();
    }
  }

  /** The article of every membership record but those sent again after a story split or merged (split, merge). */
  private static List<String> memberships(MediamonConfig config, MediamonTopics topics) {
    List<String> keys = new java.util.ArrayList<>();
    TopicReader.read(config, topics.storyArticles().name(), Map.of(), Long.MAX_VALUE, r -> {
      if (!Set.of("split", "merge").contains(topics.storyArticles().valueSerde().deserializer()
          .deserialize(r.topic(), r.value()).getReason())) {
        keys.add(new String(r.key(), StandardCharsets.UTF_8));
      }
    });
    return keys;
  }

  private static List<EnrichedArticle> articles() {
    List<EnrichedArticle> articles = new java.util.ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      Instant at = T0.plusSeconds(i);
      articles.add(EnrichedArticle.newBuilder().setId("art-" + i).setUrl("https://outlet" + (i % 20) + ".example/" + i)
          .setSource("outlet-" + (i % 20)).setTitle("Headline " + i).setPublishedAt(at).setFetchedAt(at)
          .setCleanText("Report " + i + " about topic" + (i % 300) + " and place" + (i % 97) + " with words w"
              + (i % 13) + " v" + (i % 17) + " u" + (i % 23) + ".")
          .setLanguage("en").setEntities(List.of()).setClaims(List.of()).setEventMentions(List.of())
          .setFingerprint("0000000000000000").build());
    }
    return articles;
  }
}
