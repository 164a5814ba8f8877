package io.mediamon.correlator;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.Event;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.serde.AvroSerde;
import io.mediamon.stories.assign.StoryAssigner;
import io.mediamon.stories.assign.StoryStores;
import io.mediamon.stories.features.ArticleFeaturesFactory;
import io.mediamon.stories.meaning.ArticleMeaning;
import io.mediamon.stories.meaning.SentenceEmbedder;
import io.mediamon.streams.CommitWhenLive;
import io.mediamon.streams.GlobalStoreUpdater;
import java.util.List;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicDescriptor;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * enriched articles ─▶ story features (and links to followed events) ─▶ assign each article to one story (one task)
 * ─▶ aggregate each story (keyed by story id) ─▶ stories; and the membership of every article ─▶ story-articles.
 *
 * <pre>
 *   mediamon.events ──▶ [correlator-followed-events] (global store: the analysts' events)
 *                                 │ read
 *   mediamon.articles.enriched ──▶ correlator-features ──▶ correlator-commit-features
 *        ──▶ [correlator-assign-repartition, 1 partition] ──▶ correlator-assign-story ──▶ correlator-commit-assigned
 *                                                                                    ──┬──▶ correlator-membership
 *                 │ read/write                                                         │        ──▶ mediamon.story-articles
 *        [correlator-story-profiles, -postings, -expiry, -terms, -articles, -members] │
 *                                                                                      ▼
 *        [correlator-stories-repartition, keyed by story id] ──▶ correlator-aggregate-story ──▶ correlator-commit-stories
 *                                                                     │ read/write                ──▶ mediamon.stories
 *                                                               [correlator-stories]
 * </pre>
 *
 * <p>Why one task assigns: copies and follow-ups of one happening arrive on any partition, and the decision for an
 * article depends on every story before it. One single-partition stage sees every article in one order and is the
 * only writer of the story index, so no two articles can start the same story twice or lose each other's update,
 * and the same input in the same order gives the same stories. It does little per article (index lookups and a few
 * dozen vector products, no NLP), far below the NER before it. Aggregating the story records is spread again over the
 * partitions, keyed by story id: each story still has exactly one writer.
 */
public final class CorrelatorTopology {
  public static final String SERVICE = "correlator";
  static final String FOLLOWED_STORE = "correlator-followed-events";
  static final String STORIES_STORE = "correlator-stories";
  /** Internal topic {@code <application.id>-correlator-assign-repartition}: every article to the one assigning task. */
  static final String ASSIGN_REPARTITION = "correlator-assign";
  /** Internal topic {@code <application.id>-correlator-stories-repartition}: assigned articles by story id. */
  static final String STORIES_REPARTITION = "correlator-stories";

  private CorrelatorTopology() {}

  /** The internal topics an article passes through, for tools that wait until the correlator caught up. */
  public static java.util.List<String> internalTopics(MediamonConfig config) {
    String prefix = config.get(Setting.APPLICATION_ID_PREFIX) + "-" + SERVICE + "-";
    return java.util.List.of(prefix + ASSIGN_REPARTITION + "-repartition",
        prefix + STORIES_REPARTITION + "-repartition");
  }

  public static Topology build(MediamonConfig config) {
    return build(config, ArticleMeaning.embedderFor(config));
  }

  /**
   * The topology with this embedder for articles' meaning vectors: an evaluation that replays the same articles in
   * many orders passes one that remembers them.
   */
  public static Topology build(MediamonConfig config, SentenceEmbedder embedder) {
    MediamonTopics topics = MediamonTopics.from(config);
    long backlogAge = config.getInt(Setting.STREAMS_BACKLOG_AGE_MS);
    TopicDescriptor<String, Event> events = topics.events();
    TopicDescriptor<String, Story> stories = topics.stories();
    Serde<ArticleFeatures> featuresSerde = AvroSerde.of(ArticleFeatures.class);
    ArticleFeaturesFactory factory =
        new ArticleFeaturesFactory(config.getInt(Setting.CORRELATOR_NEW_EVENT_MAX_AGE_DAYS));
    ArticleMeaning meaning = new ArticleMeaning(embedder);
    FollowedEventLinker linker =
        new FollowedEventLinker(new EventMatcher(config.getInt(Setting.CORRELATOR_MIN_SHARED_ACTORS)));
    StoryAssigner.Settings assignSettings = StoryAssigner.Settings.from(config);
    StreamsBuilder builder = new StreamsBuilder();

    // The events topic is compacted and holds every followed event: it is the global store's changelog. Its values
    // are read as bytes and decoded by the updater, which skips (and logs) what is not an event.
    builder.addGlobalStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FOLLOWED_STORE), events.keySerde(),
            events.valueSerde()).withLoggingDisabled(),
        events.name(),
        Consumed.with(events.keySerde(), Serdes.ByteArray()).withName("correlator-read-followed-events"),
        () -> new GlobalStoreUpdater<>(FOLLOWED_STORE, events.valueSerde().deserializer(),
            new GlobalStoreUpdater.Kind("Followed event", "an event", "event"), Event::getEventId, e -> List.of()));
    StoryStores.builders().forEach(builder::addStateStore);
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES_STORE),
        stories.keySerde(), stories.valueSerde()));

    KStream<String, ArticleFeatures> assigned = builder
        .stream(topics.enriched().name(), topics.enriched().consumed("correlator-read-enriched"))
        .process(() -> new ArticleFeaturesProcessor(FOLLOWED_STORE, factory, meaning, linker),
            Named.as("correlator-features"))
        .process(() -> new CommitWhenLive<String, ArticleFeatures>(backlogAge), Named.as("correlator-commit-features"))
        .repartition(Repartitioned.<String, ArticleFeatures>as(ASSIGN_REPARTITION)
            .withKeySerde(topics.enriched().keySerde()).withValueSerde(featuresSerde).withNumberOfPartitions(1))
        .process(() -> new StoryAssignProcessor(assignSettings), Named.as("correlator-assign-story"),
            StoryStores.names())
        .process(() -> new CommitWhenLive<String, ArticleFeatures>(backlogAge), Named.as("correlator-commit-assigned"));

    assigned
        .filter((storyId, article) -> article != null && StoryOrigin.DISCOVERED.name().equals(article.getOrigin()),
            Named.as("correlator-discovered-only"))
        .map((storyId, article) -> org.apache.kafka.streams.KeyValue.pair(article.getArticleId(),
            Memberships.of(article)), Named.as("correlator-membership"))
        .to(topics.storyArticles().name(), topics.storyArticles().produced("correlator-write-story-articles"));

    assigned
        .repartition(Repartitioned.<String, ArticleFeatures>as(STORIES_REPARTITION)
            .withKeySerde(stories.keySerde()).withValueSerde(featuresSerde)
            .withNumberOfPartitions(config.getInt(Setting.TOPIC_PARTITIONS)))
        .process(() -> new StoryAggregateProcessor(STORIES_STORE, FOLLOWED_STORE),
            Named.as("correlator-aggregate-story"), STORIES_STORE)
        .process(() -> new CommitWhenLive<String, Story>(backlogAge), Named.as("correlator-commit-stories"))
        .to(stories.name(), stories.produced("correlator-write-stories"));
    return builder.build();
  }
}
