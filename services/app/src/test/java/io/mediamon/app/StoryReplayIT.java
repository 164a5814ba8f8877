package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.events.EventsFile;
import io.mediamon.app.events.EventsLoader;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.Pipeline;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.EventMention;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories are a function of the articles and their order: the same enriched articles through the correlator and the
 * alerter on a real broker give byte-identical stories, memberships and alerts, also when the services are stopped
 * in the middle of the stream and started again on their state. The enriched topic has one partition here, so that
 * the articles have an order: Kafka orders nothing across partitions, and with several the order in which the
 * parallel feature tasks reach the one ordered assignment stage is decided there, once, and is then the log that
 * every later stage replays.
 */
class StoryReplayIT {
  /**
   * Recent times: the broker rolls and cleans segments by record time, so articles months old would have their stories
   * compacted and their alerts deleted by retention while the test reads them.
   */
  private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(6));
  private static final Set<String> SERVICES = Set.of("correlator", "alerter");
  private static final List<String> TEXTS = List.of(
      "A strong earthquake of magnitude 6.1 struck the mountains near Tabriz, killing 34 people and destroying "
          + "hundreds of homes in villages, officials in Tabriz said.",
      "The company unveiled its new folding phone at a launch event in Seoul, promising a larger battery and a "
          + "brighter screen than last year's model.",
      "Rescuers near Tabriz pulled survivors from collapsed houses after the magnitude 6.1 earthquake as the toll "
          + "rose to 34 dead.",
      "Voters in the capital queued for hours to cast ballots in the parliamentary election that the opposition "
          + "boycotted, the electoral commission said.",
      "Reviewers in Seoul praised the folding phone's battery and screen after the launch event, though its price "
          + "drew complaints.");

  @TempDir
  Path stateDir;

  @Test
  void sameArticlesInTheSameOrderGiveTheSameOutputAlsoAcrossAStopAndRestart() throws Exception {
    List<EnrichedArticle> articles = articles();
    Map<String, List<String>> straight = run(articles, stateDir.resolve("straight"), false);
    Map<String, List<String>> restarted = run(articles, stateDir.resolve("restarted"), true);
    // An article of a story that split or merged has a second membership record: count articles, not records.
    assertEquals(articles.size(), straight.get("story-articles").stream().map(r -> r.split(" ")[1]).distinct()
        .count(), "every article in a story");
    assertTrue(straight.get("alerts").size() >= 3, "alerts were raised: " + straight.get("alerts").size());
    assertEquals(straight, restarted);
  }

  /** Every record of the story topics and the alerts, as partition, key, timestamp and value bytes (a story that
   * merged into another ends in a tombstone), in partition then offset order (Kafka orders records within a
   * partition only). */
  private Map<String, List<String>> run(List<EnrichedArticle> articles, Path dir, boolean stopHalfway)
      throws Exception {
    MediamonConfig config = ItConfigs.unique(dir);
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      admin.createTopics(List.of(new NewTopic(topics.enriched().name(), 1, (short) 1))).all().get();
      TopicCreator.ensureTopics(admin, topics); // the story topics and the alerts keep two partitions each
      EventsLoader.load(config, topics.events(), EventsFile.read(Paths.sampleEvents(), T0));
      ItStreams.produceEnriched(config, topics, articles);
      Pipeline pipeline = ItStreams.start(config, SERVICES);
      if (stopHalfway) {
        await().atMost(Duration.ofMinutes(2)).until(() ->
            count(config, topics.storyArticles().name()) >= articles.size() / 3);
        pipeline.close();
        pipeline = ItStreams.start(config, SERVICES);
      }
      ItStreams.drainAndClose(pipeline, admin, config, SERVICES);
      return Map.of(
          "stories", records(config, topics.stories().name()),
          "story-articles", records(config, topics.storyArticles().name()),
          "alerts", records(config, topics.alerts().name()));
    }
  }

  private static int count(MediamonConfig config, String topic) {
    return TopicReader.read(config, topic, Map.of(), Long.MAX_VALUE, r -> { });
  }

  private static List<String> records(MediamonConfig config, String topic) {
    List<String> out = new ArrayList<>();
    TopicReader.read(config, topic, Map.of(), Long.MAX_VALUE, r -> out.add(r.partition() + " "
        + new String(r.key(), java.nio.charset.StandardCharsets.UTF_8) + " " + r.timestamp() + " "
        + (r.value() == null ? "tombstone" : HexFormat.of().formatHex(r.value()))));
    return out;
  }

  /** Forty articles, seven minutes apart, from eight outlets: follow-ups, new stories, claims, a followed event. */
  private static List<EnrichedArticle> articles() {
    List<EnrichedArticle> articles = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Instant at = T0.plus(Duration.ofMinutes(7L * i));
      List<EventMention> mentions = i % 10 == 3
          ? List.of(EventMention.newBuilder().setActors(List.of("Zalmay Khalilzad")).setAction("CONSULT")
              .setTrigger("met").setTargets(List.of("Taliban")).setPlace("Qatar").setTime(null).setBegin(0)
              .setEnd(10).build())
          : List.of();
      List<Claim> claims = i % 4 == 0
          ? List.of(Claim.newBuilder().setSpeaker("Speaker " + (i % 12)).setCue("said").setContent("statement " + i)
              .setQuoted(true).setKind(io.mediamon.schema.ClaimKind.STATEMENT).setBegin(0).setEnd(5).build())
          : List.of();
      articles.add(EnrichedArticle.newBuilder()
          .setId("art-" + i).setUrl("https://outlet" + (i % 8) + ".example/" + i).setSource("outlet-" + (i % 8))
          .setTitle("Headline " + i).setPublishedAt(at).setFetchedAt(at)
          .setCleanText(TEXTS.get(i % TEXTS.size()) + " Report number " + i + ".").setLanguage("en")
          .setEntities(List.of()).setClaims(claims).setEventMentions(mentions).setFingerprint("0000000000000000")
          .build());
    }
    return articles;
  }
}
