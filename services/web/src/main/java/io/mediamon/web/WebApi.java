package io.mediamon.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.json.AvroJson;
import io.mediamon.schema.Alert;
import io.mediamon.schema.Watch;
import io.mediamon.watches.InvalidWatchException;
import io.mediamon.watches.WatchFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The query API ({@code /api/...}, documented in openapi.yaml) and the instances' internal answers
 * ({@code /internal/...}), apart from HTTP: a request in, a {@link Reply} out. A list is asked of every instance
 * that holds part of its store and merged; a story of the instance whose store holds its key.
 */
final class WebApi {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final int MAX_ALERTS = 500;

  private final LocalStores local;
  private final Instances instances;
  private final WatchWrites watchWrites;
  private final String token;
  private final Duration alertsRetention;
  private final Clock clock;

  WebApi(LocalStores local, Instances instances, WatchWrites watchWrites, String token, Duration alertsRetention,
      Clock clock) {
    this.local = local;
    this.instances = instances;
    this.watchWrites = watchWrites;
    this.token = token;
    this.alertsRetention = alertsRetention;
    this.clock = clock;
  }

  /** An answer: status, JSON body, and the methods allowed when it is a 405. */
  record Reply(int status, JsonNode body, String allow) {
    static Reply ok(JsonNode body) {
      return new Reply(200, body, null);
    }

    static Reply error(int status, String message) {
      return new Reply(status, NODES.objectNode().put("error", message), null);
    }
  }

  Reply handle(String method, String path, Map<String, String> params, String authorization, byte[] body) {
    try {
      return route(method, path, params, authorization, body);
    } catch (BadRequest e) {
      return Reply.error(400, e.getMessage());
    } catch (NumberFormatException e) {
      return Reply.error(400, "not a number: " + e.getMessage());
    } catch (Instances.Unavailable e) {
      return Reply.error(503, e.getMessage() + "; retry in a moment");
    } catch (InvalidStateStoreException e) {
      return Reply.error(503, "the live view's state is being (re)assigned (" + e.getMessage()
          + "); retry in a moment");
    }
  }

  private Reply route(String method, String path, Map<String, String> params, String authorization, byte[] body) {
    if (path.startsWith("/api/watches/") && path.length() > "/api/watches/".length()) {
      String id = path.substring("/api/watches/".length());
      return switch (method) {
        case "PUT" -> putWatch(id, authorization, body);
        case "DELETE" -> deleteWatch(id, authorization);
        default -> new Reply(405, NODES.objectNode().put("error", "use PUT or DELETE"), "PUT, DELETE");
      };
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return new Reply(405, NODES.objectNode().put("error", "use GET"), "GET, HEAD");
    }
    if (path.equals("/api/stories")) {
      return Reply.ok(stories(StoryQuery.parse(params, clock)));
    } else if (path.startsWith("/api/stories/") && path.length() > "/api/stories/".length()) {
      StoryQuery.Params.onlyKnown(params, Set.of());
      return story(path.substring("/api/stories/".length()));
    } else if (path.equals("/api/entity")) {
      return Reply.ok(entity(params));
    } else if (path.equals("/api/alerts")) {
      StoryQuery.Params.onlyKnown(params, Set.of("since", "limit"));
      Instant since = sinceOrDefault(params);
      int limit = StoryQuery.Params.integer(params, "limit", 100, 1, MAX_ALERTS);
      ArrayNode list = NODES.arrayNode();
      alerts(since, limit).forEach(list::add);
      ObjectNode answer = NODES.objectNode().put("since", since.toString());
      answer.set("alerts", list);
      return Reply.ok(answer);
    } else if (path.equals("/api/watches")) {
      StoryQuery.Params.onlyKnown(params, Set.of());
      ArrayNode list = NODES.arrayNode();
      local.watches().values().forEach(w -> list.add(AvroJson.toJson(w)));
      return Reply.ok(NODES.objectNode().set("watches", list));
    } else if (path.equals("/internal/stories")) {
      return Reply.ok(local.stories(StoryQuery.parse(params, clock)));
    } else if (path.equals("/internal/story")) {
      ObjectNode story = local.story(required(params, "id"));
      return Reply.ok(NODES.objectNode().set("story", story == null ? NODES.nullNode() : story));
    } else if (path.equals("/internal/story-articles")) {
      ArrayNode list = NODES.arrayNode();
      local.articles(required(params, "id")).forEach(a -> list.add(JsonSerde.MAPPER.valueToTree(a)));
      return Reply.ok(NODES.objectNode().set("articles", list));
    } else if (path.equals("/internal/alerts")) {
      Instant since = Instant.ofEpochMilli(Long.parseLong(required(params, "since")));
      ArrayNode list = NODES.arrayNode();
      for (Alert alert : local.alerts(since, StoryQuery.Params.integer(params, "limit", 100, 1, MAX_ALERTS))) {
        list.add(AvroJson.toJson(alert));
      }
      return Reply.ok(NODES.objectNode().set("alerts", list));
    }
    return Reply.error(404, "not found: " + path + " (the API is described at /api/openapi.yaml)");
  }

  private static String required(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      throw new BadRequest(name + ": required");
    }
    return value;
  }

  // ---- stories

  /** Every instance's matching stories, merged in {@link StoryQuery#ORDER}, then the page. */
  ObjectNode stories(StoryQuery query) {
    List<JsonNode> all = new ArrayList<>();
    long total = 0;
    for (HostInfo host : instances.holdersOf(WebTopology.STORIES_STORE)) {
      JsonNode part = instances.isSelf(host) ? local.stories(query)
          : instances.ask(host, "stories", query.forInstances());
      total += part.path("total").asLong();
      part.path("stories").forEach(all::add);
    }
    all.sort(Comparator.comparing((JsonNode s) -> instant(s.path("lastSeen"))).reversed()
        .thenComparing(s -> s.path("storyId").asText()));
    ObjectNode answer = NODES.objectNode().put("total", total).put("offset", query.offset())
        .put("limit", query.limit());
    ArrayNode page = answer.putArray("stories");
    all.stream().skip(query.offset()).limit(query.limit()).forEach(page::add);
    return answer;
  }

  private Reply story(String storyId) {
    HostInfo storyHost = instances.ownerOf(WebTopology.STORIES_STORE, storyId);
    JsonNode story = instances.isSelf(storyHost) ? local.story(storyId)
        : instances.ask(storyHost, "story", Map.of("id", storyId)).get("story");
    if (story == null || story.isNull()) {
      return Reply.error(404, "no story '" + storyId + "'");
    }
    HostInfo articlesHost = instances.ownerOf(WebTopology.STORY_ARTICLES_STORE, storyId);
    List<StoryArticle> articles = new ArrayList<>();
    if (instances.isSelf(articlesHost)) {
      articles.addAll(local.articles(storyId));
    } else {
      for (JsonNode a : instances.ask(articlesHost, "story-articles", Map.of("id", storyId)).path("articles")) {
        try {
          articles.add(JsonSerde.MAPPER.treeToValue(a, StoryArticle.class));
        } catch (JsonProcessingException e) {
          throw new Instances.Unavailable("instance " + articlesHost + " sent an unreadable article: "
              + e.getOriginalMessage());
        }
      }
    }
    articles.sort(Comparator.comparingLong(StoryArticle::reportedAt).thenComparing(StoryArticle::articleId));
    ObjectNode answer = NODES.objectNode();
    answer.set("story", story);
    ArrayNode timeline = answer.putArray("articles");
    Map<String, ArrayNode> bySpeaker = new LinkedHashMap<>();
    Map<Instant, Integer> perHour = new TreeMap<>();
    for (StoryArticle a : articles) {
      Instant at = Instant.ofEpochMilli(a.reportedAt());
      timeline.addObject().put("articleId", a.articleId()).put("title", a.title()).put("url", a.url())
          .put("source", a.source()).put("reportedAt", at.toString()).put("claims", a.claims().size());
      perHour.merge(at.truncatedTo(ChronoUnit.HOURS), 1, Integer::sum);
      for (StoryArticle.Said said : a.claims()) {
        if (said.speaker() == null || said.speaker().isBlank()) {
          continue; // claims with named speakers only: an unresolved "he" says nothing about who
        }
        bySpeaker.computeIfAbsent(said.speaker(), s -> NODES.arrayNode()).addObject()
            .put("content", said.content()).put("cue", said.cue()).put("quoted", said.quoted())
            .put("kind", said.kind()).put("articleId", a.articleId()).put("title", a.title()).put("url", a.url())
            .put("source", a.source()).put("reportedAt", at.toString());
      }
    }
    ArrayNode claims = answer.putArray("claims");
    bySpeaker.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, ArrayNode> e) -> -e.getValue().size())
        .thenComparing(Map.Entry::getKey)).forEach(e -> {
          ObjectNode speaker = claims.addObject().put("speaker", e.getKey());
          speaker.set("claims", e.getValue());
        });
    ArrayNode coverage = answer.putArray("coverage");
    perHour.forEach((hour, n) -> coverage.addObject().put("hour", hour.toString()).put("articles", n));
    return Reply.ok(answer);
  }

  // ---- entities

  private ObjectNode entity(Map<String, String> params) {
    StoryQuery.Params.onlyKnown(params, Set.of("name", "from", "to", "limit", "offset"));
    String name = StoryQuery.Params.text(params, "name", 200);
    if (name == null) {
      throw new BadRequest("name: required (an entity's name, e.g. Taliban)");
    }
    Map<String, String> query = new LinkedHashMap<>(params);
    query.remove("name");
    query.put("actor", name);
    ObjectNode found = stories(StoryQuery.parse(query, clock));
    ObjectNode answer = NODES.objectNode().put("name", name).put("total", found.get("total").asLong());
    answer.set("stories", found.get("stories"));
    ArrayNode said = answer.putArray("claims");
    for (JsonNode story : found.get("stories")) {
      for (JsonNode claim : story.path("claims")) {
        if (name.equalsIgnoreCase(claim.path("speaker").asText())) {
          said.addObject().put("storyId", story.path("storyId").asText()).put("storyTitle",
              story.path("title").asText()).put("content", claim.path("content").asText())
              .put("articleId", claim.path("articleId").asText());
        }
      }
    }
    return answer;
  }

  // ---- alerts

  Instant sinceOrDefault(Map<String, String> params) {
    Instant since = StoryQuery.Params.time(params, "since", clock);
    return since != null ? since : clock.instant().minus(alertsRetention);
  }

  /** Every instance's alerts since the time, newest first, at most {@code limit}, as their JSON documents. */
  List<JsonNode> alerts(Instant since, int limit) {
    List<JsonNode> all = new ArrayList<>();
    for (HostInfo host : instances.holdersOf(WebTopology.RECENT_ALERTS_STORE)) {
      if (instances.isSelf(host)) {
        local.alerts(since, limit).forEach(a -> all.add(AvroJson.toJson(a)));
      } else {
        instances.ask(host, "alerts", Map.of("since", String.valueOf(since.toEpochMilli()),
            "limit", String.valueOf(limit))).path("alerts").forEach(all::add);
      }
    }
    all.sort(Comparator.comparing((JsonNode a) -> instant(a.path("emittedAt"))).reversed()
        .thenComparing(a -> a.path("eventId").asText()).thenComparing(a -> a.path("kind").asText()));
    return all.size() > limit ? all.subList(0, limit) : all;
  }

  /** An ISO-8601 time of a JSON answer (compared as text, 10:00:00Z would sort after 10:00:00.5Z). */
  private static Instant instant(JsonNode text) {
    try {
      return Instant.parse(text.asText());
    } catch (java.time.format.DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  // ---- watches

  private Reply putWatch(String id, String authorization, byte[] body) {
    Reply refused = refuseWrite(authorization);
    if (refused != null) {
      return refused;
    }
    JsonNode json;
    try {
      json = JsonSerde.MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new BadRequest("the body is not JSON: " + e.getMessage());
    }
    if (json == null || !json.isObject()) {
      throw new BadRequest("the body must be a watch: a JSON object with id, name, entities, keywords, types, "
          + "places, minOutlets, severity, destinations");
    }
    if (json.hasNonNull("id") && !id.equals(json.get("id").asText())) {
      throw new BadRequest("id: '" + json.get("id").asText() + "' is not the id in the path ('" + id + "')");
    }
    ((ObjectNode) json).put("id", id);
    Watch watch;
    try {
      watch = WatchFile.parse(json, clock.instant());
    } catch (InvalidWatchException e) {
      throw new BadRequest("watch '" + id + "': " + e.getMessage());
    }
    watchWrites.put(watch);
    return Reply.ok(NODES.objectNode().set("watch", AvroJson.toJson(watch)));
  }

  private Reply deleteWatch(String id, String authorization) {
    Reply refused = refuseWrite(authorization);
    if (refused != null) {
      return refused;
    }
    if (!id.matches("[A-Za-z0-9._-]{1,200}")) {
      throw new BadRequest("id: '" + id + "' is not a watch id (letters, digits, . _ -)");
    }
    watchWrites.remove(id);
    return Reply.ok(NODES.objectNode().put("removed", id));
  }

  private Reply refuseWrite(String authorization) {
    if (token.isEmpty()) {
      return Reply.error(403, "changing watches here is off: set web.token (MEDIAMON_WEB_TOKEN) to allow it");
    }
    String expected = "Bearer " + token;
    if (authorization == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        authorization.getBytes(StandardCharsets.UTF_8))) {
      return Reply.error(401, "changing watches needs Authorization: Bearer <web.token>");
    }
    return null;
  }
}
