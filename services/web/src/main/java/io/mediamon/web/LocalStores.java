package io.mediamon.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.json.AlertJson;
import io.mediamon.json.AvroJson;
import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertWatch;
import io.mediamon.schema.Story;
import io.mediamon.schema.Watch;
import io.mediamon.watches.WatchMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * What this instance's own stores answer (interactive queries of its local state); {@link WebApi} combines the
 * answers of every instance. An {@link org.apache.kafka.streams.errors.InvalidStateStoreException} means the
 * stores are being (re)assigned: the API answers 503 and the client retries.
 */
final class LocalStores {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final KafkaStreams streams;

  LocalStores(KafkaStreams streams) {
    this.streams = streams;
  }

  private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
    return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
  }

  /** Every watch by id (a global store: the same on every instance). */
  Map<String, Watch> watches() {
    Map<String, Watch> watches = new TreeMap<>();
    ReadOnlyKeyValueStore<String, Watch> store = store(WebTopology.WATCHES_STORE);
    try (KeyValueIterator<String, Watch> all = store.all()) {
      all.forEachRemaining(kv -> watches.put(kv.key, kv.value));
    }
    return watches;
  }

  /** This instance's stories that match, in {@link StoryQuery#ORDER}, at most {@code offset + limit}; and how many. */
  ObjectNode stories(StoryQuery query) {
    Map<String, Watch> watches = watches();
    Watch watch = null;
    if (query.watch() != null) {
      watch = watches.get(query.watch());
      if (watch == null) {
        throw new BadRequest("watch: no watch '" + query.watch() + "' (GET /api/watches lists them)");
      }
    }
    List<Story> matching = new ArrayList<>();
    ReadOnlyKeyValueStore<String, Story> store = store(WebTopology.STORIES_STORE);
    try (KeyValueIterator<String, Story> all = store.all()) {
      while (all.hasNext()) {
        Story story = all.next().value;
        if (story != null && query.matches(story, watch)) {
          matching.add(story);
        }
      }
    }
    matching.sort(StoryQuery.ORDER);
    ObjectNode answer = NODES.objectNode().put("total", matching.size());
    ArrayNode list = answer.putArray("stories");
    matching.stream().limit((long) query.offset() + query.limit()).forEach(s -> list.add(storyJson(s, watches)));
    return answer;
  }

  /** The story as on mediamon.stories (without its internal tally), and the watches it matches now; or null. */
  ObjectNode story(String storyId) {
    Story story = this.<Story>store(WebTopology.STORIES_STORE).get(storyId);
    return story == null ? null : storyJson(story, watches());
  }

  static ObjectNode storyJson(Story story, Map<String, Watch> watches) {
    ObjectNode json = AvroJson.toJson(story);
    json.remove("tally");
    ArrayNode matched = json.putArray("watches");
    for (AlertWatch w : WatchMatcher.matches(story, watches.values())) {
      matched.add(AvroJson.toJson(w));
    }
    return json;
  }

  /** This instance's articles of the story (those of its partition of the articles' store). */
  List<StoryArticle> articles(String storyId) {
    List<StoryArticle> articles = new ArrayList<>();
    ReadOnlyKeyValueStore<String, StoryArticle> store = store(WebTopology.STORY_ARTICLES_STORE);
    try (KeyValueIterator<String, StoryArticle> of = store.prefixScan(StoryArticlesIndexer.prefix(storyId),
        Serdes.String().serializer())) {
      of.forEachRemaining(kv -> articles.add(kv.value));
    }
    return articles;
  }

  /**
   * This instance's alerts since the time, newest first, at most {@code limit}. The store over this instance's
   * partitions iterates one partition after the other, each in time order, not all in time order: so every alert
   * since the time is read (the retention bounds them) and sorted here.
   */
  List<Alert> alerts(Instant since, int limit) {
    List<KeyValue<String, Alert>> alerts = new ArrayList<>();
    ReadOnlyKeyValueStore<String, Alert> store = store(WebTopology.RECENT_ALERTS_STORE);
    try (KeyValueIterator<String, Alert> all = store.range(RecentAlerts.timePrefix(since.toEpochMilli()), null)) {
      all.forEachRemaining(alerts::add);
    }
    alerts.sort(java.util.Comparator.comparing((KeyValue<String, Alert> kv) -> kv.key).reversed());
    return alerts.stream().limit(limit).map(kv -> kv.value).toList();
  }

  static String alertJson(Alert alert) {
    return AlertJson.toJson(alert);
  }
}
