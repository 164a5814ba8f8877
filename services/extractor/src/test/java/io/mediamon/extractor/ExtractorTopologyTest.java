package io.mediamon.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.dedup.DuplicateStores;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.extractor.nlp.NerTagger;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.RawArticle;
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

public class ExtractorTopologyTest {
  private static ArticleAnalyzer analyzer;

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private double threshold;
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
    threshold = config.getDouble(Setting.EXTRACTOR_DUPLICATE_THRESHOLD);
    Properties props = ExtractorTopology.settings(config);
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

  @Test
  void aRawArticleWithoutAKeyOrWithAnotherKeyIsEnrichedUnderItsId() {
    raw.pipeInput((String) null, article("no-key", "Iranian officials met Taliban envoys in Tehran, the ministry said."));
    raw.pipeInput("other", article("a3", "Taliban envoys arrived in Tehran for talks on Wednesday, officials said."));
    assertEquals(List.of("no-key", "a3"), enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
  }

  /**
   * Every kind of bad input gets its defined outcome on the stream (refused ones are dead-lettered by the processing
   * exception handler: TopologyTestDriver does not deliver those records, PipelineIT checks them on a broker), and the
   * article after them is still processed.
   */
  @Test
  void badInputGetsItsDefinedOutcomeAndTheStreamGoesOn() throws Exception {
    String sample = String.join("\n\n", sampleParagraphs());
    StringBuilder huge = new StringBuilder(5_200_000);
    while (huge.length() < 5_000_000) {
      huge.append(sample).append("\n\n");
    }
    String mojibake = new String(sample.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.Charset.forName("windows-1252"));
    raw.pipeInput("empty", article("empty", ""));
    raw.pipeInput("binary", article("binary", "PK\u0003\u0004\u0000\u0000\u0008\u0000\u0000\u0000!\u0000"));
    raw.pipeInput("huge", article("huge", huge.toString()));
    raw.pipeInput("mojibake", article("mojibake", mojibake));
    raw.pipeInput("german", article("german", "Die Bundesregierung hat am Mittwoch in Berlin neue Gespräche mit "
        + "Vertretern der afghanischen Regierung angekündigt, teilte ein Sprecher des Auswärtigen Amtes mit. "
        + "Die Gespräche sollen in der kommenden Woche beginnen und mehrere Tage dauern."));
    raw.pipeInput("good", article("good", sample));

    Map<String, EnrichedArticle> out = new java.util.LinkedHashMap<>();
    enriched.readKeyValuesToList().forEach(kv -> out.put(kv.key, kv.value));
    assertEquals(List.of("huge", "mojibake", "german", "good"), List.copyOf(out.keySet()),
        "empty and binary input is refused (dead-lettered); the rest goes through");
    assertTrue(out.get("huge").getTruncated());
    assertTrue(out.get("huge").getCleanText().length() <= 100_000);
    assertTrue(out.get("huge").getOriginalLength() > 4_900_000);
    assertTrue(mojibake.contains("â€"), "the input really is mojibake");
    assertTrue(!out.get("mojibake").getCleanText().contains("â€") && out.get("mojibake").getCleanText().contains("’"),
        "UTF-8 read as Latin-1 is repaired");
    assertEquals("de", out.get("german").getLanguage());
    assertTrue(out.get("german").getEntities().isEmpty(), "no English NER on German text");
    assertEquals("en", out.get("good").getLanguage());
    assertTrue(!out.get("good").getEntities().isEmpty());
  }

  @Test
  void copiesOfTheSampleArticleAreMarkedWhateverTheirIdAndOrder() throws Exception {
    List<String> paragraphs = sampleParagraphs().subList(0, 6); // enough text, and NER stays quick
    String body = String.join("\n\n", paragraphs);
    // Syndicated: another headline, a byline, the last paragraph cut, two paragraphs swapped, a word changed.
    List<String> edited = new java.util.ArrayList<>(paragraphs.subList(0, paragraphs.size() - 1));
    java.util.Collections.swap(edited, 3, 4);
    edited.set(2, edited.get(2).replace("quiet talks", "discreet talks"));
    edited.add(0, "By Staff Writer, Example Wire");
    String wireCopy = String.join("\n\n", edited);

    EnrichedArticle copy = send("copy", "https://example.org/wire/123", "Iran and the Taliban talk", wireCopy);
    EnrichedArticle original = send("original", "https://example.com/iran-taliban", "Iran Launches Own Talks", body);
    EnrichedArticle exact = send("mirror", "https://mirror.example.net/a", "Mirror", body.replace("\n\n", "\n"));
    EnrichedArticle unrelated = send("other", null, "Weather",
        "Heavy snow closed mountain passes in the north on Tuesday, and forecasters expect more on Thursday.");
    EnrichedArticle originalAgain = send("original", "https://example.com/iran-taliban", "Iran Launches Own Talks",
        body);

    assertNull(copy.getDuplicateOf(), "the first to arrive is the original, whichever it is");
    assertEquals("copy", original.getDuplicateOf());
    assertTrue(original.getSimilarity() >= threshold && original.getSimilarity() < 1.0, "" + original.getSimilarity());
    assertEquals("original", exact.getDuplicateOf(), "an exact copy points at the article with the same text");
    assertEquals(1.0, exact.getSimilarity());
    assertNull(unrelated.getDuplicateOf());
    assertNull(unrelated.getSimilarity());
    assertEquals(original.getDuplicateOf(), originalAgain.getDuplicateOf(), "the same article again: same answer");
  }

  @Test
  void analysisTimeIsAStreamsMetricOfItsOwn() {
    raw.pipeInput("a1", article("a1", "Iranian officials met Taliban envoys in Tehran on Wednesday."));
    raw.pipeInput("blank", article("blank", "   "));
    enriched.readKeyValue();
    Map<String, Object> analyze = new java.util.HashMap<>();
    driver.metrics().forEach((name, metric) -> {
      if (name.group().equals("stream-mediamon-metrics") && "extractor".equals(name.tags().get("mediamon-id"))) {
        analyze.put(name.name(), metric.metricValue());
      }
    });
    assertEquals(2.0, analyze.get("analyze-total"), "a refused article is timed too: " + analyze);
    assertTrue((Double) analyze.get("analyze-latency-max") > 0, analyze.toString());
    assertTrue(analyze.containsKey("analyze-latency-avg") && analyze.containsKey("analyze-rate"), analyze.toString());
  }

  @Test
  void duplicateStageIsNamedAndItsStateChangelogged() {
    String description = ExtractorTopology.build(MediamonConfig.defaults(), analyzer).describe().toString();
    assertTrue(description.contains("extractor-find-duplicates"), description);
    assertTrue(description.contains("extractor-dedup-repartition"), description);
    raw.pipeInput("a1", article("a1", "Iranian officials met Taliban envoys in Tehran on Wednesday."));
    enriched.readKeyValue();
    assertTrue(driver.producedTopicNames().contains(ExtractorTopology.duplicateStageTopic(MediamonConfig.defaults())),
        driver.producedTopicNames().toString());
    for (String store : DuplicateStores.names()) {
      assertTrue(driver.producedTopicNames().contains("mediamon-extractor-" + store + "-changelog"),
          store + " in " + driver.producedTopicNames());
    }
  }

  private EnrichedArticle send(String id, String url, String title, String body) {
    raw.pipeInput(id, RawArticle.newBuilder(article(id, body)).setUrl(url).setTitle(title).build());
    KeyValue<String, EnrichedArticle> out = enriched.readKeyValue();
    assertEquals(id, out.key);
    assertTrue(enriched.isEmpty(), "one enriched record per raw article");
    return out.value;
  }

  /** The sample article's body paragraphs (its first line is the headline). */
  private static List<String> sampleParagraphs() throws Exception {
    String text = Files.readString(Path.of("../../samples/corpus/iran-taliban-talks.txt"));
    List<String> paragraphs = List.of(text.strip().split("\\n\\s*\\n"));
    return paragraphs.subList(1, paragraphs.size());
  }

  public static RawArticle article(String id, String body) {
    return RawArticle.newBuilder().setId(id).setUrl(null).setSource("test").setTitle("Title").setBody(body)
        .setContentType(ContentType.TEXT).setPublishedAt(null).setFetchedAt(Instant.parse("2018-12-27T00:00:00Z"))
        .build();
  }
}
