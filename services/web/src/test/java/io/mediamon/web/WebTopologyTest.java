package io.mediamon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.json.SampleRecords;
import io.mediamon.schema.Alert;
import io.mediamon.schema.Claim;
import io.mediamon.schema.ClaimKind;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Severity;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryMembership;
import io.mediamon.schema.Watch;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.streams.errors.DeadLetterCapture;
import io.mediamon.topics.MediamonTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web service's stores from the pipeline's topics, through TopologyTestDriver with the services' settings. */
class WebTopologyTest {
  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

  @TempDir
  Path state;

  private TopologyTestDriver driver;
  private MediamonTopics topics;
  private DeadLetterCapture deadLetters;

  @BeforeEach
  void start() {
    MediamonConfig config = MediamonConfig.defaults().with(java.util.Map.of("state.dir", state.toString(),
        "web.alerts-retention-hours", "2"));
    topics = MediamonTopics.from(config);
    Properties props = StreamsSettings.forService(config, WebTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    deadLetters = DeadLetterCapture.install(props);
    driver = new TopologyTestDriver(WebTopology.build(config), props);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private <V> TestInputTopic<String, V> input(io.mediamon.topics.TopicDescriptor<String, V> topic) {
    return driver.createInputTopic(topic.name(), Serdes.String().serializer(), topic.valueSerde().serializer());
  }

  private static StoryMembership membership(String articleId, String storyId, String title, Instant at) {
    return StoryMembership.newBuilder(SampleRecords.membership()).setArticleId(articleId).setStoryId(storyId)
        .setTitle(title).setUrl("https://news.example.org/" + articleId).setSource("Outlet " + articleId)
        .setReportedAt(at).build();
  }

  private static EnrichedArticle enriched(String articleId, String language, Claim... claims) {
    return EnrichedArticle.newBuilder(SampleRecords.enriched()).setId(articleId).setLanguage(language)
        .setClaims(List.of(claims)).build();
  }

  private static Claim claim(String speaker, String content) {
    return Claim.newBuilder().setSpeaker(speaker).setSpeakerText(speaker).setCue("said").setContent(content)
        .setQuoted(true).setKind(ClaimKind.STATEMENT).setBegin(0).setEnd(1).build();
  }

  @Test
  void storiesAreKeptByIdAndATombstoneRemovesOne() {
    Story story = Story.newBuilder(SampleRecords.story()).setStoryId("sty-a").setTitle("Talks in Doha").build();
    input(topics.stories()).pipeInput("sty-a", story);
    KeyValueStore<String, Story> stories = driver.getKeyValueStore(WebTopology.STORIES_STORE);
    assertEquals("Talks in Doha", stories.get("sty-a").getTitle());
    input(topics.stories()).pipeInput("sty-a", null);
    assertNull(stories.get("sty-a"));
  }

  @Test
  void anArticleJoinsItsStoryWithItsClaimsWhicheverComesFirst() {
    var memberships = input(topics.storyArticles());
    var articles = input(topics.enriched());
    // claims first
    articles.pipeInput("a1", enriched("a1", "en", claim("Zabihullah Mujahid", "the talks went well")), T0);
    memberships.pipeInput("a1", membership("a1", "sty-1", "Talks", T0), T0);
    // membership first: shown at once, then again with its claims
    memberships.pipeInput("a2", membership("a2", "sty-1", "More talks", T0.plusSeconds(60)), T0.plusSeconds(60));
    KeyValueStore<String, StoryArticle> index = driver.getKeyValueStore(WebTopology.STORY_ARTICLES_STORE);
    assertEquals(List.of(), index.get(StoryArticlesIndexer.key("sty-1", "a2")).claims());
    articles.pipeInput("a2", enriched("a2", "en", claim("Ali Shamkhani", "the process will continue")),
        T0.plusSeconds(60));
    // another story's article, not English: its claims are not kept
    articles.pipeInput("a3", enriched("a3", "de", claim("Someone", "etwas")), T0);

    List<StoryArticle> sty1 = new ArrayList<>();
    try (var it = index.prefixScan(StoryArticlesIndexer.prefix("sty-1"), Serdes.String().serializer())) {
      it.forEachRemaining(kv -> sty1.add(kv.value));
    }
    assertEquals(2, sty1.size(), sty1.toString());
    assertEquals("Zabihullah Mujahid", sty1.get(0).claims().get(0).speaker());
    assertEquals("the process will continue", sty1.get(1).claims().get(0).content());
    assertEquals("https://news.example.org/a2", sty1.get(1).url());
    // joined: no claims left waiting; each article kept as last shown, for a membership sent again
    KeyValueStore<String, ?> waitingClaims = driver.getKeyValueStore(WebTopology.ARTICLE_CLAIMS_STORE);
    KeyValueStore<String, ?> shown = driver.getKeyValueStore(WebTopology.ARTICLE_MEMBERSHIPS_STORE);
    assertEquals(0, count(waitingClaims));
    assertEquals(2, count(shown));
  }

  @Test
  void anArticleMovedByASplitLeavesItsOldStoryAndKeepsItsClaims() {
    var memberships = input(topics.storyArticles());
    var articles = input(topics.enriched());
    articles.pipeInput("a1", enriched("a1", "en", claim("Zabihullah Mujahid", "the talks went well")), T0);
    memberships.pipeInput("a1", membership("a1", "sty-1", "Talks", T0), T0);
    memberships.pipeInput("a2", membership("a2", "sty-1", "Talks", T0), T0);
    articles.pipeInput("a2", enriched("a2", "en", claim("Ali Shamkhani", "the process will continue")), T0);
    // sty-1 split: a1 stays, a2 moves to sty-2; both memberships come again
    StoryMembership stays = membership("a1", "sty-1", "Talks", T0);
    stays.setReason("split");
    StoryMembership moves = membership("a2", "sty-2", "Talks", T0);
    moves.setReason("split");
    memberships.pipeInput("a1", stays, T0.plusSeconds(60));
    memberships.pipeInput("a2", moves, T0.plusSeconds(60));

    KeyValueStore<String, StoryArticle> index = driver.getKeyValueStore(WebTopology.STORY_ARTICLES_STORE);
    assertEquals("Zabihullah Mujahid", index.get(StoryArticlesIndexer.key("sty-1", "a1")).claims().get(0).speaker(),
        "an article sent again keeps its claims");
    assertNull(index.get(StoryArticlesIndexer.key("sty-1", "a2")), "the moved article left its old story");
    assertEquals("Ali Shamkhani", index.get(StoryArticlesIndexer.key("sty-2", "a2")).claims().get(0).speaker());
  }

  @Test
  void anArticleOfAFollowedEventIsAlsoAnArticleOfThatEventsStory() {
    StoryMembership m = StoryMembership.newBuilder(membership("a5", "sty-5", "Envoy meets Taliban", T0))
        .setFollowedEventIds(List.of("evt-us-taliban-peace-talks")).build();
    input(topics.storyArticles()).pipeInput("a5", m, T0);
    input(topics.enriched()).pipeInput("a5", enriched("a5", "en", claim("Zalmay Khalilzad", "we made progress")), T0);
    KeyValueStore<String, StoryArticle> index = driver.getKeyValueStore(WebTopology.STORY_ARTICLES_STORE);
    assertEquals("sty-5", index.get(StoryArticlesIndexer.key("sty-5", "a5")).storyId());
    StoryArticle followed = index.get(StoryArticlesIndexer.key("evt-us-taliban-peace-talks", "a5"));
    assertEquals("evt-us-taliban-peace-talks", followed.storyId());
    assertEquals("we made progress", followed.claims().get(0).content());
  }

  private static long count(KeyValueStore<String, ?> store) {
    long n = 0;
    try (var all = store.all()) {
      while (all.hasNext()) {
        all.next();
        n++;
      }
    }
    return n;
  }

  @Test
  void recentAlertsAreKeptInTimeOrderForTheRetention() {
    var alerts = input(topics.alerts());
    for (int minutes : new int[] {0, 30, 60, 200}) {
      Alert alert = Alert.newBuilder(SampleRecords.alert()).setEventId("sty-" + minutes)
          .setEmittedAt(T0.plus(Duration.ofMinutes(minutes))).build();
      alerts.pipeInput(alert.getEventId(), alert);
    }
    KeyValueStore<String, Alert> store = driver.getKeyValueStore(WebTopology.RECENT_ALERTS_STORE);
    List<String> kept = new ArrayList<>();
    try (var all = store.all()) {
      all.forEachRemaining(kv -> kept.add(kv.value.getEventId()));
    }
    // retention 2 h: the alerts before 01:20 after the newest (03:20) are gone
    assertEquals(List.of("sty-200"), kept);
  }

  @Test
  void watchesAreAGlobalStoreAndWhatIsNotAWatchIsSkipped() {
    Watch watch = Watch.newBuilder().setWatchId("afghanistan").setName("Afghanistan desk")
        .setKeywords(List.of("peace talks")).setSeverity(Severity.HIGH).build();
    input(topics.watchlists()).pipeInput("afghanistan", watch);
    driver.createInputTopic(topics.watchlists().name(), Serdes.String().serializer(), Serdes.ByteArray().serializer())
        .pipeInput("garbage", new byte[] {1, 2, 3});
    KeyValueStore<String, Watch> watches = driver.getKeyValueStore(WebTopology.WATCHES_STORE);
    assertEquals("Afghanistan desk", watches.get("afghanistan").getName());
    assertNull(watches.get("garbage"));
  }

  @Test
  void anUnreadableRecordIsDeadLetteredAndTheNextIsKept() {
    driver.createInputTopic(topics.storyArticles().name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer()).pipeInput("bad", new byte[] {9, 9, 9});
    input(topics.storyArticles()).pipeInput("a9", membership("a9", "sty-9", "Fine", T0), T0);
    assertEquals(1, deadLetters.records().size());
    KeyValueStore<String, StoryArticle> index = driver.getKeyValueStore(WebTopology.STORY_ARTICLES_STORE);
    assertTrue(index.get(StoryArticlesIndexer.key("sty-9", "a9")) != null);
  }

  @Test
  void everyProcessorStoreAndInternalTopicIsNamed() {
    String described = WebTopology.build(MediamonConfig.defaults()).describe().toString();
    assertTrue(!described.matches("(?s).*KSTREAM-[A-Z]+-\\d+.*") && !described.matches("(?s).*KTABLE-[A-Z]+-\\d+.*"),
        described);
    assertTrue(described.contains("web-story-articles-repartition"), described);
  }

  @SuppressWarnings("unused")
  private static KeyValue<String, String> unused() {
    return null;
  }
}
