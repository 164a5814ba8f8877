package io.mediamon.alerter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.json.AlertJson;
import io.mediamon.json.AvroJson;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertClaim;
import io.mediamon.schema.AlertKind;
import io.mediamon.schema.AlertSpike;
import io.mediamon.schema.AlertWatch;
import io.mediamon.schema.Severity;
import io.mediamon.schema.SpikeSubject;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.serde.TrustedSchemaPackages;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mediamon.alerts.json: the same alerts as the Avro topic, as documents that schemas/alert.schema.json accepts. */
class AlertJsonTopicTest {
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(read(Path.of("../../schemas/alert.schema.json")));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path stateDir;

  @Test
  void everyAlertIsAlsoWrittenAsAJsonDocumentUnderTheSameKey() throws Exception {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    MediamonTopics topics = MediamonTopics.from(config);
    assertEquals("mediamon.alerts.json", topics.alertsJson().name(), "named after the alerts topic by default");
    Properties props = StreamsSettings.forService(config, AlerterTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    try (TopologyTestDriver driver = new TopologyTestDriver(AlerterTopology.build(config), props)) {
      TestInputTopic<String, io.mediamon.schema.Story> stories = driver.createInputTopic(topics.stories().name(),
          topics.stories().keySerde().serializer(), topics.stories().valueSerde().serializer());
      TestOutputTopic<String, Alert> alerts = driver.createOutputTopic(topics.alerts().name(),
          topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer());
      TestOutputTopic<String, String> documents = driver.createOutputTopic(topics.alertsJson().name(),
          topics.alertsJson().keySerde().deserializer(), topics.alertsJson().valueSerde().deserializer());
      Instant t0 = Instant.parse("2018-12-26T12:00:00Z");
      stories.pipeInput("sty-1", AlerterTopologyTest.story("sty-1", StoryOrigin.DISCOVERED, 1, List.of("o1"),
          List.of("Iran", "Taliban"), List.of()), t0);
      stories.pipeInput("sty-1", AlerterTopologyTest.story("sty-1", StoryOrigin.DISCOVERED, 4, List.of("o1", "o2",
          "o3"), List.of("Iran", "Taliban"), List.of()), t0.plusSeconds(7200));

      List<KeyValue<String, Alert>> avro = alerts.readKeyValuesToList();
      List<KeyValue<String, String>> json = documents.readKeyValuesToList();
      assertEquals(2, avro.size(), avro.toString());
      assertEquals(avro.size(), json.size());
      for (int i = 0; i < avro.size(); i++) {
        assertEquals(avro.get(i).key, json.get(i).key);
        JsonNode document = JSON.readTree(json.get(i).value);
        assertEquals(AvroJson.toJson(avro.get(i).value), document);
        assertValid(json.get(i).value);
      }
      assertEquals("NEW", JSON.readTree(json.get(0).value).get("kind").asText());
    }
  }

  @Test
  void anAlertWithEveryFieldSetIsAValidDocument() {
    TrustedSchemaPackages.ensureTrusted(); // the builder fills defaults of record types (as the serdes do)
    Instant t = Instant.parse("2026-12-03T08:00:00Z");
    Alert alert = Alert.newBuilder().setEventId("entity:Taliban").setKind(AlertKind.SPIKE).setTitle("Taliban")
        .setEventType("MEETING").setActors(List.of("Taliban")).setLocation("Doha").setArticleIds(List.of("a1"))
        .setSources(List.of("o1")).setHeadline("Talks in Doha").setOrigin("DISCOVERED")
        .setDate(LocalDate.of(2026, 12, 3)).setArticleCount(45).setSourceCount(19).setChanges(List.of("spike"))
        .setFirstSeen(t).setLastSeen(t).setSeverity(Severity.HIGH)
        .setWatches(List.of(new AlertWatch("w1", "Afghanistan desk", Severity.HIGH, List.of("Taliban"))))
        .setClaims(List.of(new AlertClaim("Zabihullah Mujahid", "talks will go on", "https://example.org/a1")))
        .setSpike(new AlertSpike("Taliban", SpikeSubject.ENTITY, t.minusSeconds(3600), t, 45, 19, 3.0))
        .setEmittedAt(t).build();
    assertValid(AlertJson.toJson(alert));
    assertTrue(!SCHEMA.validate(JSON.createObjectNode().put("kind", "NEW")).isEmpty(), "the schema can refuse");
  }

  private static void assertValid(String document) {
    try {
      var errors = SCHEMA.validate(JSON.readTree(document));
      assertTrue(errors.isEmpty(), errors + " in " + document);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
