package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.app.events.EventsFile;
import io.mediamon.app.events.EventsLoader;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.config.MediamonConfig;
import io.mediamon.json.AvroJson;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.EventMention;
import io.mediamon.schema.StoryMembership;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records on the compacted events topic that are not events (garbage, JSON) stay there for good: the correlator
 * must skip them on every start, not stop on them, and still follow the good events around them.
 */
class PoisonedEventsIT {
  private static final Set<String> SERVICES = Set.of("correlator");
  private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));

  @TempDir
  Path stateDir;

  @Test
  void badRecordsOnTheEventsTopicAreSkippedOnEveryStartAndGoodEventsAreStillFollowed() throws Exception {
    MediamonConfig config = ItConfigs.unique(stateDir);
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(ItStreams.producerProps(config),
          new ByteArraySerializer(), new ByteArraySerializer())) {
        producer.send(new ProducerRecord<>(topics.events().name(), "evt-garbage".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 9})).get(); // an Avro marker, no such schema
        producer.send(new ProducerRecord<>(topics.events().name(), "evt-text".getBytes(StandardCharsets.UTF_8),
            "{\"eventId\": \"evt-text\"}".getBytes(StandardCharsets.UTF_8))).get(); // JSON is no Avro event
      }
      EventsLoader.load(config, topics.events(), EventsFile.read(Paths.sampleEvents(), T0));

      ItStreams.produceEnriched(config, topics, List.of(article("art-1", T0)));
      ItStreams.drainAndClose(ItStreams.start(config, SERVICES), admin, config, SERVICES);
      ItStreams.produceEnriched(config, topics, List.of(article("art-2", T0.plusSeconds(600))));
      ItStreams.drainAndClose(ItStreams.start(config, SERVICES), admin, config, SERVICES); // a second start reads the bad records again

      List<StoryMembership> members = new ArrayList<>();
      TopicReader.read(config, topics.storyArticles().name(), Map.of(), Long.MAX_VALUE, r -> members.add(
          topics.storyArticles().valueSerde().deserializer().deserialize(r.topic(), r.value())));
      assertEquals(List.of("art-1", "art-2"), members.stream().map(StoryMembership::getArticleId).sorted().toList());
      assertTrue(members.stream().allMatch(m -> m.getFollowedEventIds().contains("evt-us-taliban-peace-talks")),
          "the good event is followed: " + members);

      // and an operator can look at the poisoned topic: every record printed, the bad ones with the reason
      List<String> args = new ArrayList<>(List.of("tail", topics.events().name(), "--with-metadata"));
      ItConfigs.uniqueSettings(stateDir).forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
      args.addAll(List.of("--set", "topic.events=" + topics.events().name()));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      assertEquals(0, Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
          args.toArray(String[]::new)), err.toString());
      List<JsonNode> lines = new ArrayList<>();
      for (String line : out.toString().split("\n")) {
        lines.add(AvroJson.mapper().readTree(line));
      }
      assertTrue(lines.size() >= 3, out.toString());
      assertEquals(2, lines.stream().filter(l -> l.has("error")).count(), out.toString());
      assertTrue(lines.stream().anyMatch(l -> !l.has("error") && l.get("value").has("eventId")), out.toString());
    }
  }

  private static EnrichedArticle article(String id, Instant at) {
    EventMention meeting = EventMention.newBuilder().setActors(List.of("Zalmay Khalilzad")).setAction("CONSULT")
        .setTrigger("met").setTargets(List.of("Taliban")).setPlace("Qatar").setTime(null).setBegin(0).setEnd(10)
        .build();
    return EnrichedArticle.newBuilder()
        .setId(id).setUrl("https://outlet.example/" + id).setSource("outlet.example").setTitle("Envoy meets Taliban")
        .setPublishedAt(at).setFetchedAt(at)
        .setCleanText("The U.S. envoy Zalmay Khalilzad met Taliban negotiators in Qatar on the peace talks.")
        .setLanguage("en").setEntities(List.of()).setClaims(List.of()).setEventMentions(List.of(meeting))
        .setFingerprint("0000000000000000").build();
  }
}
