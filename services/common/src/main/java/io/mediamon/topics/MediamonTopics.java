package io.mediamon.topics;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Alert;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryMembership;
import io.mediamon.schema.Watch;
import io.mediamon.schema.RawArticle;
import io.mediamon.serde.AvroSerde;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/** The descriptors of every mediamon topic, built from configuration. Keys are plain UTF-8 strings. */
public record MediamonTopics(
    TopicDescriptor<String, RawArticle> raw,
    TopicDescriptor<String, EnrichedArticle> enriched,
    TopicDescriptor<String, Event> events,
    TopicDescriptor<String, Story> stories,
    TopicDescriptor<String, StoryMembership> storyArticles,
    TopicDescriptor<String, Alert> alerts,
    TopicDescriptor<String, String> alertsJson,
    TopicDescriptor<String, Watch> watchlists,
    TopicDescriptor<byte[], byte[]> deadLetter) {

  public static MediamonTopics from(MediamonConfig config) {
    int partitions = config.getInt(Setting.TOPIC_PARTITIONS);
    short replication = (short) config.getInt(Setting.TOPIC_REPLICATION_FACTOR);
    TopicLayout log = new TopicLayout(partitions, replication, TopicLayout.CleanupPolicy.DELETE);
    TopicLayout compacted = new TopicLayout(partitions, replication, TopicLayout.CleanupPolicy.COMPACT);
    return new MediamonTopics(
        new TopicDescriptor<>(config.get(Setting.TOPIC_RAW), Serdes.String(), AvroSerde.of(RawArticle.class), log),
        new TopicDescriptor<>(config.get(Setting.TOPIC_ENRICHED), Serdes.String(),
            AvroSerde.of(EnrichedArticle.class), log),
        new TopicDescriptor<>(config.get(Setting.TOPIC_EVENTS), Serdes.String(), AvroSerde.of(Event.class),
            compacted),
        new TopicDescriptor<>(config.get(Setting.TOPIC_STORIES), Serdes.String(), AvroSerde.of(Story.class),
            compacted),
        new TopicDescriptor<>(config.get(Setting.TOPIC_STORY_ARTICLES), Serdes.String(),
            AvroSerde.of(StoryMembership.class), compacted),
        new TopicDescriptor<>(config.get(Setting.TOPIC_ALERTS), Serdes.String(), AvroSerde.of(Alert.class), log),
        new TopicDescriptor<>(alertsJsonName(config), Serdes.String(), Serdes.String(), log),
        // One partition: a handful of watches, read whole by every alerter as a global table.
        new TopicDescriptor<>(config.get(Setting.TOPIC_WATCHLISTS), Serdes.String(), AvroSerde.of(Watch.class),
            new TopicLayout(1, replication, TopicLayout.CleanupPolicy.COMPACT)),
        // Dead letters keep the original bytes untouched: they may not be valid Avro at all.
        new TopicDescriptor<>(config.get(Setting.TOPIC_DEAD_LETTER), Serdes.ByteArray(), Serdes.ByteArray(), log));
  }

  public List<TopicDescriptor<?, ?>> all() {
    return List.of(raw, enriched, events, stories, storyArticles, alerts, alertsJson, watchlists, deadLetter);
  }

  /** topic.alerts-json, or the alerts topic's name and ".json" when it is not set. */
  private static String alertsJsonName(MediamonConfig config) {
    String name = config.get(Setting.TOPIC_ALERTS_JSON).trim();
    return name.isEmpty() ? config.get(Setting.TOPIC_ALERTS) + ".json" : name;
  }

  /** The descriptor of a topic by its name, for tools such as {@code mediamon tail}. */
  public TopicDescriptor<?, ?> byName(String name) {
    return all().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown topic '" + name + "'; mediamon topics are: "
            + all().stream().map(TopicDescriptor::name).toList()));
  }
}
