package io.mediamon.extractor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.serde.AvroSerde;
import io.mediamon.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicate finder and its stores on their own (no NER): enriched articles in, marked articles out. The same
 * processor runs in the extractor topology; ExtractorTopologyTest checks it there.
 */
class DuplicateFinderTest {
  private static final Serde<EnrichedArticle> ARTICLES = AvroSerde.of(EnrichedArticle.class);
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final Duration RETENTION = Duration.ofDays(7);

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, EnrichedArticle> in;
  private TestOutputTopic<String, EnrichedArticle> out;

  @AfterEach
  void tearDown() {
    if (driver != null) {
      driver.close();
    }
  }

  @Test
  void exactCopyUnderAnotherIdIsADuplicateWithSimilarityOne() {
    start();
    EnrichedArticle first = send("a1", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0);
    // Same words, other layout and punctuation: equal once normalized.
    EnrichedArticle copy = send("a2", DedupTexts.text(DedupTexts.HARBOUR_STRIKE).toUpperCase().replace("\n\n", " "),
        T0.plusSeconds(60));
    assertNull(first.getDuplicateOf());
    assertNull(first.getSimilarity());
    assertEquals("a2", copy.getId());
    assertEquals("a1", copy.getDuplicateOf());
    assertEquals(1.0, copy.getSimilarity());
  }

  @Test
  void nearCopyIsADuplicateAndOtherStoriesAreNot() {
    start();
    send("story", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0);
    EnrichedArticle sameTopic = send("follow-up", DedupTexts.text(DedupTexts.OTHER_HARBOUR_STORY), T0.plusSeconds(1));
    EnrichedArticle unrelated = send("science", DedupTexts.text(DedupTexts.SCIENCE), T0.plusSeconds(2));
    EnrichedArticle copy = send("wire-copy", DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE), T0.plusSeconds(3));
    assertNull(sameTopic.getDuplicateOf());
    assertNull(unrelated.getDuplicateOf());
    assertEquals("story", copy.getDuplicateOf());
    assertTrue(copy.getSimilarity() >= 0.6 && copy.getSimilarity() < 1.0, "similarity " + copy.getSimilarity());
  }

  @Test
  void thresholdDecides() {
    start(0.9, RETENTION);
    send("story", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0);
    assertNull(send("wire-copy", DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE), T0.plusSeconds(1)).getDuplicateOf(),
        "a copy at about 0.7 is not a duplicate at threshold 0.9");
  }

  @Test
  void sameArticleAgainIsNotItsOwnDuplicateAndKeepsItsAnswer() {
    start();
    send("story", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0);
    EnrichedArticle again = send("story", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0.plusSeconds(30));
    assertNull(again.getDuplicateOf());
    EnrichedArticle copy = send("wire-copy", DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE), T0.plusSeconds(60));
    EnrichedArticle copyAgain = send("wire-copy", DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE), T0.plusSeconds(90));
    assertEquals("story", copy.getDuplicateOf());
    assertEquals(copy.getDuplicateOf(), copyAgain.getDuplicateOf());
    assertEquals(copy.getSimilarity(), copyAgain.getSimilarity());
    // The original delivered once more is still the original, although a copy of it is now indexed.
    assertNull(send("story", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0.plusSeconds(120)).getDuplicateOf());
  }

  @Test
  void whicheverArrivesFirstIsTheOriginal() {
    start();
    EnrichedArticle copy = send("wire-copy", DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE), T0);
    EnrichedArticle story = send("story", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0.plusSeconds(1));
    assertNull(copy.getDuplicateOf());
    assertEquals("wire-copy", story.getDuplicateOf());
  }

  @Test
  void everyCopyOfAStoryPointsAtTheFirstOne() {
    start();
    send("first", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0);
    for (int i = 0; i < 150; i++) {
      EnrichedArticle copy = send("copy-" + i, DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0.plusSeconds(i + 1));
      assertEquals("first", copy.getDuplicateOf());
    }
    assertEquals(1 + TextSignature.BANDS, count(DuplicateStores.BUCKETS),
        "exact copies are not indexed in the buckets: their original stands for them");
  }

  @Test
  void changedTextUnderTheSameIdIsDecidedAfresh() {
    start();
    send("story", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0);
    send("other", DedupTexts.text(DedupTexts.SCIENCE), T0.plusSeconds(1));
    EnrichedArticle corrected = send("other", DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE), T0.plusSeconds(2));
    assertEquals("story", corrected.getDuplicateOf());
    assertEquals(2, count(DuplicateStores.ARTICLES));
    assertEquals(2, count(DuplicateStores.EXPIRY), "the old version's expiry entry is gone");
    assertEquals(2 * (1 + TextSignature.BANDS), count(DuplicateStores.BUCKETS),
        "the old version's buckets are gone");
  }

  @Test
  void articlesExpireAfterTheRetentionAndTheStoresEmpty() {
    start(0.6, Duration.ofHours(24));
    send("story", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0);
    assertEquals("story", send("copy-1", DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE), T0.plus(Duration.ofHours(23)))
        .getDuplicateOf());
    // More than a day after both: they are forgotten, the next copy starts afresh.
    EnrichedArticle late = send("copy-2", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0.plus(Duration.ofHours(48)));
    assertNull(late.getDuplicateOf());
    assertEquals(List.of("copy-2"), keys(DuplicateStores.ARTICLES));
    assertEquals(1, count(DuplicateStores.EXPIRY));
    assertEquals(1 + TextSignature.BANDS, count(DuplicateStores.BUCKETS));
  }

  @Test
  void everyStoreIsChangelogged() {
    start();
    send("story", DedupTexts.text(DedupTexts.HARBOUR_STRIKE), T0);
    for (String store : DuplicateStores.names()) {
      assertTrue(driver.producedTopicNames().contains("mediamon-dedup-test-" + store + "-changelog"),
          store + " in " + driver.producedTopicNames());
    }
  }

  @Test
  void refusesAThresholdOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> new DuplicateFinder(0, RETENTION));
    assertThrows(IllegalArgumentException.class, () -> new DuplicateFinder(1.5, RETENTION));
    assertThrows(IllegalArgumentException.class, () -> new DuplicateFinder(0.5, Duration.ZERO));
  }

  private void start() {
    start(0.6, RETENTION);
  }

  private void start(double threshold, Duration retention) {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    Properties props = StreamsSettings.forService(config, "dedup-test");
    props.put("bootstrap.servers", "unused:9092");
    StreamsBuilder builder = new StreamsBuilder();
    DuplicateStores.builders().forEach(builder::addStateStore);
    builder.stream("in", Consumed.with(Serdes.String(), ARTICLES).withName("read-in"))
        .process(() -> new DuplicateFinder(threshold, retention), Named.as("find-duplicates"),
            DuplicateStores.names())
        .to("out", Produced.with(Serdes.String(), ARTICLES).withName("write-out"));
    Topology topology = builder.build();
    driver = new TopologyTestDriver(topology, props);
    in = driver.createInputTopic("in", Serdes.String().serializer(), ARTICLES.serializer());
    out = driver.createOutputTopic("out", Serdes.String().deserializer(), ARTICLES.deserializer());
  }

  private EnrichedArticle send(String id, String text, Instant at) {
    in.pipeInput(id, article(id, text), at);
    KeyValue<String, EnrichedArticle> record = out.readKeyValue();
    assertEquals(id, record.key);
    assertTrue(out.isEmpty(), "one record out per record in");
    return record.value;
  }

  private long count(String store) {
    return keys(store).size();
  }

  private <K> List<String> keys(String store) {
    KeyValueStore<K, Object> kv = driver.getKeyValueStore(store);
    List<String> keys = new java.util.ArrayList<>();
    try (KeyValueIterator<K, Object> it = kv.all()) {
      it.forEachRemaining(e -> keys.add(e.key instanceof Bytes b ? b.toString() : String.valueOf(e.key)));
    }
    return keys;
  }

  private static EnrichedArticle article(String id, String text) {
    return EnrichedArticle.newBuilder().setId(id).setSource("test").setFetchedAt(T0).setCleanText(text)
        .setLanguage("en").setEntities(List.of()).setClaims(List.of()).setEventMentions(List.of())
        .setFingerprint("0000000000000000").build();
  }
}
