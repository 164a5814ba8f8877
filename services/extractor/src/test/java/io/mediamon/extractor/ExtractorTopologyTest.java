package io.mediamon.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.extractor.nlp.NerTagger;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.RawArticle;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTopologyTest {
  private static ArticleAnalyzer analyzer;

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, EnrichedArticle> enriched;

  @BeforeAll
  static void loadModels() {
    analyzer = new ArticleAnalyzer(NerTagger.load()); // once for the class: seconds and a gigabyte
  }

  @BeforeEach
  void setUp() {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    MediamonTopics topics = MediamonTopics.from(config);
    Properties props = StreamsSettings.forService(config, ExtractorTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(ExtractorTopology.build(config, analyzer), props);
    raw = driver.createInputTopic(topics.raw().name(), topics.raw().keySerde().serializer(),
        topics.raw().valueSerde().serializer());
    enriched = driver.createOutputTopic(topics.enriched().name(), topics.enriched().keySerde().deserializer(),
        topics.enriched().valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void sampleArticleIsEnrichedUnderItsOwnKey() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("../../samples/corpus/iran-taliban-talks.txt"));
    raw.pipeInput("a1", article("a1", String.join("\n", lines.subList(1, lines.size()))));
    KeyValue<String, EnrichedArticle> out = enriched.readKeyValue();
    assertEquals("a1", out.key);
    assertEquals("en", out.value.getLanguage());
    List<String> canonicals = out.value.getEntities().stream().map(Entity::getCanonical).toList();
    assertTrue(canonicals.containsAll(List.of("Ali Shamkhani", "Taliban", "United States")), canonicals.toString());
    assertTrue(out.value.getClaims().size() >= 5, out.value.getClaims().toString());
    assertTrue(out.value.getEventMentions().stream().anyMatch(m -> m.getActors().contains("Iran")
        || m.getTargets().contains("Iran")), out.value.getEventMentions().toString());
    assertEquals(16, out.value.getFingerprint().length());
  }

  @Test
  void articleTheAnalyzerRefusesDoesNotStopTheStream() {
    raw.pipeInput("blank", article("blank", "   "));
    raw.pipeInput("a2", article("a2", "Iranian officials met Taliban envoys in Tehran on Wednesday, the ministry said."));
    assertEquals("a2", enriched.readKeyValue().key, "the refused article is dead-lettered, the next goes on");
    assertTrue(enriched.isEmpty());
  }

  private static RawArticle article(String id, String body) {
    return RawArticle.newBuilder().setId(id).setUrl(null).setSource("test").setTitle("Title").setBody(body)
        .setContentType(ContentType.TEXT).setPublishedAt(null).setFetchedAt(Instant.parse("2018-12-27T00:00:00Z"))
        .build();
  }
}
