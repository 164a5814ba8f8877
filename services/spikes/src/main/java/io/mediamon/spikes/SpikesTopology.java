package io.mediamon.spikes;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.json.AlertJson;
import io.mediamon.schema.Alert;
import io.mediamon.streams.CommitWhenLive;
import io.mediamon.topics.MediamonTopics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * articles per entity and per story ─▶ windows ─▶ a SPIKE alert when one jumps above its own baseline.
 *
 * <pre>
 *   mediamon.articles.enriched ─▶ spikes-entity-subjects ─┐ (prominent entities, keyed 'entity:' + name)
 *   mediamon.story-articles ───▶ spikes-story-subjects ──┴▶ spikes-merge-subjects ─▶ spikes-commit-subjects
 *     ─▶ [spikes-subjects-repartition, by subject] ─▶ spikes-detect ─▶ spikes-commit-alerts ─┬▶ mediamon.alerts
 *                                                        │ read/write                         └▶ spikes-alert-as-json
 *            [spikes-window-counts] [spikes-window-details] [spikes-alerted]          ─▶ mediamon.alerts.json
 *   mediamon.stories ─▶ spikes-record-story-titles ─▶ [spikes-story-titles] (read by spikes-detect)
 * </pre>
 *
 * <p>Windows and rule: {@link SpikeDetector}. The repartition topic has {@code topic.partitions} partitions like
 * mediamon.stories, so a story's articles and its versions (for its title) reach the same task.
 */
public final class SpikesTopology {
  public static final String SERVICE = "spikes";

  private SpikesTopology() {}

  public static Topology build(MediamonConfig config) {
    MediamonTopics topics = MediamonTopics.from(config);
    Duration window = Duration.ofMinutes(config.getInt(Setting.SPIKES_WINDOW_MINUTES));
    Duration advance = Duration.ofMinutes(config.getInt(Setting.SPIKES_ADVANCE_MINUTES));
    Duration grace = Duration.ofMinutes(config.getInt(Setting.SPIKES_GRACE_MINUTES));
    int baselineWindows = config.getInt(Setting.SPIKES_BASELINE_WINDOWS);
    SpikesStores stores = SpikesStores.of(window, baselineWindows, grace);
    SubjectArticles subjects =
        new SubjectArticles(new ProminentEntities(config.getDouble(Setting.SPIKES_ENTITY_MIN_SALIENCE)));
    long backlogAgeMs = config.getInt(Setting.STREAMS_BACKLOG_AGE_MS);

    StreamsBuilder builder = new StreamsBuilder();
    stores.addTo(builder);
    KStream<String, SubjectArticle> entityArticles = builder
        .stream(topics.enriched().name(), topics.enriched().consumed("spikes-read-enriched"))
        .flatMap((id, article) -> subjects.ofArticle(article), Named.as("spikes-entity-subjects"));
    KStream<String, SubjectArticle> storyArticles = builder
        .stream(topics.storyArticles().name(), topics.storyArticles().consumed("spikes-read-story-articles"))
        .flatMap((id, membership) -> subjects.ofMembership(membership), Named.as("spikes-story-subjects"));
    KStream<String, Alert> alerts = entityArticles
        .merge(storyArticles, Named.as("spikes-merge-subjects"))
        // Committed at once when live: the repartition topic is read only after this stage's transaction commits.
        .process(() -> new CommitWhenLive<String, SubjectArticle>(backlogAgeMs), Named.as("spikes-commit-subjects"))
        .repartition(Repartitioned.<String, SubjectArticle>as("spikes-subjects")
            .withKeySerde(Serdes.String()).withValueSerde(new SubjectArticleSerde())
            .withNumberOfPartitions(config.getInt(Setting.TOPIC_PARTITIONS)))
        .process(() -> new SpikeDetector(stores, WindowGrid.of(window, advance), baselineWindows, grace,
            SpikeRule.from(config)), Named.as("spikes-detect"),
            SpikesStores.COUNTS, SpikesStores.DETAILS, SpikesStores.ALERTED, SpikesStores.STORY_TITLES)
        .process(() -> new CommitWhenLive<String, Alert>(backlogAgeMs), Named.as("spikes-commit-alerts"));
    builder.stream(topics.stories().name(), topics.stories().consumed("spikes-read-stories"))
        .process(() -> new StoryTitleRecorder(SpikesStores.STORY_TITLES), Named.as("spikes-record-story-titles"),
            SpikesStores.STORY_TITLES);
    alerts.to(topics.alerts().name(), topics.alerts().produced("spikes-write-alerts"));
    // The same alert as a JSON document, in the same transaction, as the alerter writes its own.
    alerts.mapValues(AlertJson::toJson, Named.as("spikes-alert-as-json"))
        .to(topics.alertsJson().name(), topics.alertsJson().produced("spikes-write-alerts-json"));
    return builder.build();
  }
}
