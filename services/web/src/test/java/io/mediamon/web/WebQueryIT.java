package io.mediamon.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.json.SampleRecords;
import io.mediamon.kafka.testing.TestKafka;
import io.mediamon.schema.Alert;
import io.mediamon.schema.ArticleRef;
import io.mediamon.schema.Claim;
import io.mediamon.schema.ClaimKind;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import io.mediamon.schema.StoryMembership;
import io.mediamon.schema.Watch;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import io.mediamon.topics.TopicDescriptor;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the web service on one real broker, one consumer group: each holds part of the stores, and a
 * request to either is answered with both instances' data (stories, a story and its articles held by the other
 * instance, alerts); bad parameters get 400 with a message; watches are written with the token only.
 */
class WebQueryIT {
  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  private static final int STORIES = 12;
  private static final String TOKEN = "desk-token-123";

  @TempDir
  Path dir;

  private MediamonConfig config;
  private MediamonTopics topics;
  private WebService a;
  private WebService b;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    String id = TestKafka.uniqueName("web");
    Map<String, String> settings = new HashMap<>();
    settings.put(Setting.BOOTSTRAP_SERVERS.key(), TestKafka.bootstrapServers());
    settings.put(Setting.APPLICATION_ID_PREFIX.key(), id);
    for (Setting topic : List.of(Setting.TOPIC_RAW, Setting.TOPIC_ENRICHED, Setting.TOPIC_EVENTS, Setting.TOPIC_STORIES,
        Setting.TOPIC_STORY_ARTICLES, Setting.TOPIC_ALERTS, Setting.TOPIC_WATCHLISTS, Setting.TOPIC_DEAD_LETTER)) {
      settings.put(topic.key(), id + "." + topic.key().substring("topic.".length()));
    }
    settings.put(Setting.TOPIC_PARTITIONS.key(), "4");
    settings.put(Setting.WEB_PORT.key(), "0");
    settings.put(Setting.WEB_TOKEN.key(), TOKEN);
    settings.put(Setting.WEB_ALERTS_RETENTION_HOURS.key(), String.valueOf(24 * 365 * 10));
    config = MediamonConfig.defaults().with(settings);
    topics = MediamonTopics.from(config);
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      TopicCreator.ensureTopics(admin, topics);
    }
    a = WebService.start(config.with(Setting.STATE_DIR, dir.resolve("a").toString()));
    b = WebService.start(config.with(Setting.STATE_DIR, dir.resolve("b").toString()));
    a.awaitRunning(Duration.ofMinutes(2));
    b.awaitRunning(Duration.ofMinutes(2));
  }

  @AfterEach
  void stop() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  private <V> void send(TopicDescriptor<String, V> topic, List<ProducerRecord<String, V>> records) throws Exception {
    Properties props = config.kafkaClientProperties();
    props.put("acks", "all");
    try (KafkaProducer<String, V> producer = new KafkaProducer<>(props, Serdes.String().serializer(),
        topic.valueSerde().serializer())) {
      for (ProducerRecord<String, V> record : records) {
        producer.send(record).get();
      }
    }
  }

  private static Story story(int i) {
    Instant at = T0.plus(Duration.ofMinutes(i));
    return Story.newBuilder(SampleRecords.story()).setStoryId("sty-" + i).setTitle("Story " + i
            + (i % 2 == 0 ? " talks in Doha" : " floods"))
        .setStoryType(i % 2 == 0 ? "CONSULT" : "DISASTER").setPlace(i % 2 == 0 ? "Doha" : "Dhaka")
        .setActors(i % 3 == 0 ? List.of("Taliban", "Iran") : List.of("Red Cross"))
        .setSourceCount(i % 4 + 1).setArticleCount(2).setSources(List.of("Outlet A", "Outlet B"))
        .setTopArticles(List.of(ArticleRef.newBuilder().setArticleId("art-" + i + "-0").setSource("Outlet A")
            .setTitle("Headline " + i).setUrl("https://news.example.org/" + i).build()))
        .setClaims(i % 3 == 0 ? List.of(StoryClaim.newBuilder().setSpeaker("Zabihullah Mujahid")
            .setContent("talks went well " + i).setArticleId("art-" + i + "-0").build()) : List.of())
        .setFirstSeen(at).setLastSeen(at.plus(Duration.ofHours(1))).setUpdatedAt(at).build();
  }

  private JsonNode get(WebService instance, String pathAndQuery, int status) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + instance.port() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(status, response.statusCode(), pathAndQuery + ": " + response.body());
    return JsonSerde.MAPPER.readTree(response.body());
  }

  private JsonNode getWhenAvailable(WebService instance, String pathAndQuery) throws Exception {
    JsonNode[] answer = new JsonNode[1];
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + instance.port() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 503) {
        return false;
      }
      assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
      answer[0] = JsonSerde.MAPPER.readTree(response.body());
      return true;
    });
    return answer[0];
  }

  @Test
  void eachInstanceAnswersWithBothInstancesData() throws Exception {
    List<ProducerRecord<String, Story>> stories = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      stories.add(new ProducerRecord<>(topics.stories().name(), "sty-" + i, story(i)));
    }
    send(topics.stories(), stories);
    List<ProducerRecord<String, StoryMembership>> memberships = new ArrayList<>();
    List<ProducerRecord<String, EnrichedArticle>> enriched = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      for (int k = 0; k < 2; k++) {
        String article = "art-" + i + "-" + k;
        Instant at = T0.plus(Duration.ofMinutes(i)).plus(Duration.ofMinutes(40L * k));
        memberships.add(new ProducerRecord<>(topics.storyArticles().name(), null, at.toEpochMilli(), article,
            StoryMembership.newBuilder(SampleRecords.membership()).setArticleId(article).setStoryId("sty-" + i)
                .setTitle("Article " + article).setUrl("https://news.example.org/" + article)
                .setSource(k == 0 ? "Outlet A" : "Outlet B").setReportedAt(at).build()));
        enriched.add(new ProducerRecord<>(topics.enriched().name(), null, at.toEpochMilli(), article,
            EnrichedArticle.newBuilder(SampleRecords.enriched()).setId(article).setClaims(List.of(
                Claim.newBuilder().setSpeaker(k == 0 ? "Zabihullah Mujahid" : "Ali Shamkhani").setSpeakerText("he")
                    .setCue("said").setContent("claim of " + article).setQuoted(false).setKind(ClaimKind.STATEMENT)
                    .setBegin(0).setEnd(1).build())).build()));
      }
    }
    send(topics.enriched(), enriched);
    send(topics.storyArticles(), memberships);
    List<ProducerRecord<String, Alert>> alerts = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      alerts.add(new ProducerRecord<>(topics.alerts().name(), "sty-" + i, Alert.newBuilder(SampleRecords.alert())
          .setEventId("sty-" + i).setTitle("Story " + i).setEmittedAt(T0.plus(Duration.ofMinutes(i))).build()));
    }
    send(topics.alerts(), alerts);

    // the stores are spread over both instances
    List<HostInfo> holders = new Instances(a.streams().client(), null).holdersOf(WebTopology.STORIES_STORE);
    assertEquals(2, holders.size(), holders.toString());

    for (WebService instance : List.of(a, b)) {
      await().atMost(Duration.ofSeconds(60)).until(() -> getWhenAvailable(instance, "/api/stories?limit=200")
          .get("total").asInt() == STORIES);
      JsonNode page = getWhenAvailable(instance, "/api/stories?limit=5&offset=5");
      assertEquals(5, page.get("stories").size());
      assertEquals("sty-6", page.get("stories").get(0).get("storyId").asText(), page.toString()); // newest first
      JsonNode doha = getWhenAvailable(instance, "/api/stories?type=consult&place=doha&q=TALKS&minOutlets=2"
          + "&from=2026-12-02T10:00:00Z&to=" + URLEncoder.encode("2026-12-02T10:30:00Z", StandardCharsets.UTF_8));
      List<String> ids = new ArrayList<>();
      doha.get("stories").forEach(s -> ids.add(s.get("storyId").asText()));
      // even stories with sourceCount i % 4 + 1 >= 2: 2 (3), 6 (3), 10 (3); 4 and 8 have 1; 0 has 1
      assertEquals(List.of("sty-10", "sty-6", "sty-2"), ids, doha.toString());
      JsonNode taliban = getWhenAvailable(instance, "/api/entity?name=taliban");
      assertEquals(4, taliban.get("total").asInt(), taliban.toString()); // 0, 3, 6, 9
      assertEquals(4, taliban.get("stories").size());
      JsonNode mujahid = getWhenAvailable(instance, "/api/entity?name=Zabihullah%20Mujahid");
      assertEquals(4, mujahid.get("claims").size(), mujahid.toString());
    }

    // a story whose story and articles another instance holds, asked of each instance
    for (int i = 0; i < STORIES; i++) {
      String storyId = "sty-" + i;
      for (WebService instance : List.of(a, b)) {
        JsonNode answer = getWhenAvailable(instance, "/api/stories/" + storyId);
        assertEquals("Story " + i + (i % 2 == 0 ? " talks in Doha" : " floods"), answer.get("story").get("title")
            .asText());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
          JsonNode joined = getWhenAvailable(instance, "/api/stories/" + storyId);
          return joined.get("articles").size() == 2 && joined.get("claims").size() == 2;
        });
        JsonNode full = getWhenAvailable(instance, "/api/stories/" + storyId);
        assertEquals("art-" + i + "-0", full.get("articles").get(0).get("articleId").asText());
        assertEquals(2, full.get("claims").size(), full.toString());
        int articlesPerHour = 0;
        for (JsonNode hour : full.get("coverage")) {
          articlesPerHour += hour.get("articles").asInt();
        }
        assertEquals(2, articlesPerHour, full.get("coverage").toString());
      }
    }
    HostInfo ownerOfSomeStory = null;
    for (int i = 0; i < STORIES && ownerOfSomeStory == null; i++) {
      HostInfo owner = new Instances(a.streams().client(), null).ownerOf(WebTopology.STORIES_STORE, "sty-" + i);
      if (owner.port() == b.port()) {
        ownerOfSomeStory = owner;
      }
    }
    assertNotEquals(null, ownerOfSomeStory, "instance b holds some story, which instance a answered above");

    for (WebService instance : List.of(a, b)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> getWhenAvailable(instance,
          "/api/alerts?since=2026-12-02T10:05:00Z").get("alerts").size() == STORIES - 5);
      JsonNode recent = getWhenAvailable(instance, "/api/alerts?since=2026-12-02T10:05:00Z&limit=3");
      List<String> ids = new ArrayList<>();
      recent.get("alerts").forEach(x -> ids.add(x.get("eventId").asText()));
      assertEquals(List.of("sty-11", "sty-10", "sty-9"), ids);
    }

    get(a, "/api/stories/sty-none", 404);
  }

  @Test
  void badParametersGetAStableErrorBody() throws Exception {
    getWhenAvailable(a, "/api/stories");
    Map<String, String> cases = Map.of(
        "/api/stories?limit=0", "limit: '0' is not a whole number from 1 to 200",
        "/api/stories?minOutlets=x", "minOutlets: 'x' is not a whole number from 1 to 100000",
        "/api/stories?from=yesterday", "from: 'yesterday' is not a time: give an ISO-8601 instant "
            + "(2026-12-02T10:00:00Z), a date (2026-12-02) or a duration before now (PT6H, P2D)",
        "/api/stories?sort=new", "unknown parameter 'sort' (parameters: actor, from, limit, minOutlets, offset, "
            + "place, q, to, type, watch)",
        "/api/stories?watch=nobody", "watch: no watch 'nobody' (GET /api/watches lists them)",
        "/api/stories?from=2026-12-02&to=2026-12-01", "to: 2026-12-01T00:00:00Z is before from: 2026-12-02T00:00:00Z",
        "/api/alerts?limit=501", "limit: '501' is not a whole number from 1 to 500",
        "/api/entity", "name: required (an entity's name, e.g. Taliban)",
        "/api/stories?type=a%20b",
        "type: 'a b' is not a story type (letters and _, e.g. CONSULT, ASSAULT, DISASTER)");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      JsonNode body = get(b, c.getKey(), 400);
      assertEquals(c.getValue(), body.get("error").asText(), c.getKey());
      assertEquals(1, body.size(), body.toString());
    }
  }

  @Test
  void watchesAreWrittenToTheWatchlistsTopicWithTheTokenOnly() throws Exception {
    getWhenAvailable(a, "/api/watches");
    String watch = "{\"name\": \"Afghanistan desk\", \"entities\": [\"Taliban\", {\"name\": \"Zalmay Khalilzad\","
        + " \"variants\": [\"Khalilzad\"]}], \"keywords\": [\"peace talks\"], \"severity\": \"high\"}";
    HttpRequest.Builder put = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port()
        + "/api/watches/afghanistan")).PUT(HttpRequest.BodyPublishers.ofString(watch));
    assertEquals(401, http.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    assertEquals(401, http.send(put.header("Authorization", "Bearer wrong-token").build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
    HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port()
        + "/api/watches/bad")).header("Authorization", "Bearer " + TOKEN)
        .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"keywords\": [\"\"]}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("keywords[0]: must not be empty"), bad.body());
    HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port()
        + "/api/watches/afghanistan")).header("Authorization", "Bearer " + TOKEN)
        .PUT(HttpRequest.BodyPublishers.ofString(watch)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ok.statusCode(), ok.body());

    Map<String, Watch> onTopic = readWatches();
    assertEquals("Afghanistan desk", onTopic.get("afghanistan").getName());
    assertEquals(List.of("Khalilzad"), onTopic.get("afghanistan").getEntities().get(1).getVariants());
    // the other instance's global store has it too
    await().atMost(Duration.ofSeconds(30)).until(() -> getWhenAvailable(b, "/api/watches").get("watches").size() == 1);

    HttpResponse<String> removed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.port()
        + "/api/watches/afghanistan")).header("Authorization", "Bearer " + TOKEN).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, removed.statusCode(), removed.body());
    assertTrue(!readWatches().containsKey("afghanistan"));
  }

  private Map<String, Watch> readWatches() {
    Properties props = config.kafkaClientProperties();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, Watch> watches = new HashMap<>();
    var deserializer = topics.watchlists().valueSerde().deserializer();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
        new ByteArrayDeserializer())) {
      var partitions = consumer.partitionsFor(topics.watchlists().name()).stream()
          .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (var record : consumer.poll(Duration.ofMillis(200))) {
          if (record.value() == null) {
            watches.remove(record.key());
          } else {
            watches.put(record.key(), deserializer.deserialize(record.topic(), record.value()));
          }
        }
      }
    }
    return watches;
  }
}
