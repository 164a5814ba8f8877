package io.mediamon.web;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Alert;
import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryMembership;
import io.mediamon.schema.Watch;
import io.mediamon.streams.GlobalStoreUpdater;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicDescriptor;
import io.mediamon.watches.WatchValidator;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * What the live view queries, materialized from the pipeline's own topics (it writes to none of them):
 *
 * <pre>
 *   mediamon.stories ──▶ web-read-stories ──▶ [web-stories] (story id → story)
 *
 *   mediamon.story-articles ──▶ web-read-memberships ──▶ web-membership-part ──┐
 *   mediamon.articles.enriched ──▶ web-read-enriched ──▶ web-claims-part ───────┴▶ web-merge-article-parts
 *       ──▶ web-join-articles [web-article-claims, web-article-memberships] (by article id)
 *       ──▶ web-story-articles-repartition (by story id) ──▶ web-index-story-articles ──▶ [web-story-articles]
 *
 *   mediamon.alerts ──▶ web-read-alerts ──▶ web-keep-recent-alerts ──▶ [web-recent-alerts] (time order)
 *
 *   mediamon.watchlists ──▶ web-read-watches ──▶ [web-watches] (global: every instance has every watch)
 * </pre>
 *
 * <p>Every store is queried through Kafka Streams' interactive queries; {@link WebApi} asks the instance the
 * streams metadata names for a key, or every instance for a list. A story's articles are keyed by story id only
 * after the repartition, so a story and its articles are in partitions with the same number but possibly on
 * different instances: each is looked up where its own store says.
 */
public final class WebTopology {
  public static final String SERVICE = "web";
  public static final String STORIES_STORE = "web-stories";
  public static final String STORY_ARTICLES_STORE = "web-story-articles";
  public static final String RECENT_ALERTS_STORE = "web-recent-alerts";
  public static final String WATCHES_STORE = "web-watches";
  static final String ARTICLE_CLAIMS_STORE = "web-article-claims";
  static final String ARTICLE_MEMBERSHIPS_STORE = "web-article-memberships";
  /** Only English articles join stories (the correlator's rule); others' claims are not kept waiting for one. */
  private static final String STORY_LANGUAGE = "en";

  static final Serde<StoryArticle> ARTICLE_SERDE = new JsonSerde<>(StoryArticle.class);
  static final Serde<ArticlePart> PART_SERDE = new JsonSerde<>(ArticlePart.class);
  static final Serde<ArticlePart.Claims> CLAIMS_SERDE = new JsonSerde<>(ArticlePart.Claims.class);

  private WebTopology() {}

  public static Topology build(MediamonConfig config) {
    MediamonTopics topics = MediamonTopics.from(config);
    Duration retention = Duration.ofHours(config.getInt(Setting.WEB_ALERTS_RETENTION_HOURS));
    StreamsBuilder builder = new StreamsBuilder();

    TopicDescriptor<String, Story> stories = topics.stories();
    builder.table(stories.name(), stories.consumed("web-read-stories"),
        Materialized.<String, Story, KeyValueStore<Bytes, byte[]>>as(STORIES_STORE)
            .withKeySerde(stories.keySerde()).withValueSerde(stories.valueSerde()));

    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_CLAIMS_STORE),
        Serdes.String(), CLAIMS_SERDE));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_MEMBERSHIPS_STORE),
        Serdes.String(), ARTICLE_SERDE));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORY_ARTICLES_STORE),
        Serdes.String(), ARTICLE_SERDE));
    TopicDescriptor<String, StoryMembership> memberships = topics.storyArticles();
    TopicDescriptor<String, EnrichedArticle> enriched = topics.enriched();
    KStream<String, ArticlePart> membershipParts = builder.stream(memberships.name(),
            memberships.consumed("web-read-memberships"))
        .mapValues(WebTopology::membershipPart, Named.as("web-membership-part"));
    KStream<String, ArticlePart> claimParts = builder.stream(enriched.name(), enriched.consumed("web-read-enriched"))
        .filter((id, article) -> article != null && STORY_LANGUAGE.equals(article.getLanguage()),
            Named.as("web-story-languages"))
        .mapValues(WebTopology::claimsPart, Named.as("web-claims-part"));
    membershipParts.merge(claimParts, Named.as("web-merge-article-parts"))
        .process(ArticleJoiner::new, Named.as("web-join-articles"), ARTICLE_CLAIMS_STORE, ARTICLE_MEMBERSHIPS_STORE)
        .repartition(Repartitioned.<String, StoryArticle>as("web-story-articles")
            .withKeySerde(Serdes.String()).withValueSerde(ARTICLE_SERDE))
        .process(StoryArticlesIndexer::new, Named.as("web-index-story-articles"), STORY_ARTICLES_STORE);

    TopicDescriptor<String, Alert> alerts = topics.alerts();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RECENT_ALERTS_STORE),
        Serdes.String(), alerts.valueSerde()));
    builder.stream(alerts.name(), alerts.consumed("web-read-alerts"))
        .process(() -> new RecentAlerts(retention), Named.as("web-keep-recent-alerts"), RECENT_ALERTS_STORE);

    TopicDescriptor<String, Watch> watchlists = topics.watchlists();
    // As the alerter reads it: values decoded by the updater, which skips (and logs) what is not a usable watch.
    builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WATCHES_STORE),
            watchlists.keySerde(), watchlists.valueSerde()).withLoggingDisabled(),
        watchlists.name(),
        Consumed.with(watchlists.keySerde(), Serdes.ByteArray()).withName("web-read-watches"),
        () -> new GlobalStoreUpdater<>(WATCHES_STORE, watchlists.valueSerde().deserializer(),
            new GlobalStoreUpdater.Kind("Watch", "a watch", "watch"), Watch::getWatchId, WatchValidator::problems));
    return builder.build();
  }

  static ArticlePart membershipPart(StoryMembership m) {
    if (m == null) {
      return null;
    }
    return new ArticlePart(new StoryArticle(m.getArticleId(), m.getStoryId(), m.getUrl(), m.getTitle(),
        m.getSource(), m.getReportedAt().toEpochMilli(), List.of(), m.getFollowedEventIds()), null);
  }

  static ArticlePart claimsPart(EnrichedArticle article) {
    List<StoryArticle.Said> said = article.getClaims().stream().map(WebTopology::said).toList();
    return new ArticlePart(null, said);
  }

  private static StoryArticle.Said said(Claim c) {
    return new StoryArticle.Said(c.getSpeaker(), c.getSpeakerText(), c.getCue(), c.getContent(), c.getQuoted(),
        c.getKind() == null ? null : c.getKind().name());
  }
}
