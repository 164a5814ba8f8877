package io.mediamon.alerter;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Alert;
import io.mediamon.schema.Story;
import io.mediamon.schema.Watch;
import org.apache.kafka.streams.kstream.Consumed;
import io.mediamon.streams.CommitWhenLive;
import io.mediamon.streams.GlobalStoreUpdater;
import io.mediamon.watches.WatchValidator;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicDescriptor;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import io.mediamon.json.AlertJson;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * stories ─▶ decide (against what the story was last alerted with) ─▶ alerts.
 *
 * <pre>
 *   mediamon.stories ──▶ alerter-decide ──▶ alerter-commit-alerts ──┬──▶ mediamon.alerts (Avro)
 *                                                                    └──▶ alerter-alert-as-json ──▶ mediamon.alerts.json
 *                             │ read/write
 *        [alerter-last-alerted]  [alerter-pending] (changelogged)   [alerter-watches] (global, read)
 *                                                                      ▲
 *   mediamon.watchlists ──▶ alerter-read-watches ───────────────────────┘
 * </pre>
 *
 * <p>alerter-decide also sends, with each record, the held changes whose interval has passed by that record's time.
 *
 * <p>Rules (see {@link AlertDecider}): a discovered story is NEW once it has {@code alerts.new-min-articles}
 * articles from {@code alerts.new-min-sources} outlets ({@code alerts.untyped-new-min-articles} while no report of
 * it says in its opening who did what to whom, {@code alerts.related-new-min-articles} while it is related to another
 * open story);
 * a followed event's first report is an UPDATE; afterwards an
 * UPDATE only for a material change (an outlet count reaching the next of {@code alerts.source-steps}, a new actor,
 * a claim by a new speaker), at most one per story per {@code alerts.update-min-interval-minutes} of record time.
 *
 * <p>Stories are keyed by story id, so all versions of a story reach the same task and its state is per task; a
 * tombstone on the compacted stories topic deletes it.
 */
public final class AlerterTopology {
  public static final String SERVICE = "alerter";
  /** Story id → {@link AlertedStory}: what the story's last alert said, and when. */
  static final String LAST_ALERTED_STORE = "alerter-last-alerted";
  /** Story id → the latest version of a story whose material change waits for its interval to pass. */
  static final String PENDING_STORE = "alerter-pending";
  /** Watch id → watch: a global store over the compacted watchlists topic, its own changelog. */
  static final String WATCHES_STORE = "alerter-watches";

  private AlerterTopology() {}

  public static Topology build(MediamonConfig config) {
    MediamonTopics topics = MediamonTopics.from(config);
    TopicDescriptor<String, Story> stories = topics.stories();
    FirstAlert firstAlert = new FirstAlert(config.getInt(Setting.ALERTS_NEW_MIN_ARTICLES),
        config.getInt(Setting.ALERTS_NEW_MIN_SOURCES), config.getInt(Setting.ALERTS_RELATED_NEW_MIN_ARTICLES),
        config.getInt(Setting.ALERTS_UNTYPED_NEW_MIN_ARTICLES));
    MaterialChanges materialChanges = new MaterialChanges(config.getIntList(Setting.ALERTS_SOURCE_STEPS));
    Duration minInterval = Duration.ofMinutes(config.getInt(Setting.ALERTS_UPDATE_MIN_INTERVAL_MINUTES));
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LAST_ALERTED_STORE),
        Serdes.String(), new AlertedStorySerde()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
        stories.keySerde(), stories.valueSerde()));
    TopicDescriptor<String, Watch> watchlists = topics.watchlists();
    // Values read as bytes and decoded by the updater, which skips (and logs) what is not a usable watch.
    builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WATCHES_STORE),
            watchlists.keySerde(), watchlists.valueSerde()).withLoggingDisabled(),
        watchlists.name(),
        Consumed.with(watchlists.keySerde(), Serdes.ByteArray()).withName("alerter-read-watches"),
        () -> new GlobalStoreUpdater<>(WATCHES_STORE, watchlists.valueSerde().deserializer(),
            new GlobalStoreUpdater.Kind("Watch", "a watch", "watch"), Watch::getWatchId, WatchValidator::problems));
    KStream<String, Alert> alerts = builder.stream(stories.name(), stories.consumed("alerter-read-stories"))
        .process(() -> new AlertDecider(LAST_ALERTED_STORE, PENDING_STORE, WATCHES_STORE, firstAlert, materialChanges, minInterval),
            Named.as("alerter-decide"), LAST_ALERTED_STORE, PENDING_STORE)
        .process(() -> new CommitWhenLive<String, Alert>(config.getInt(Setting.STREAMS_BACKLOG_AGE_MS)),
            Named.as("alerter-commit-alerts"));
    alerts.to(topics.alerts().name(), topics.alerts().produced("alerter-write-alerts"));
    // The same alert as a JSON document, in the same transaction: consumers without Avro see exactly these alerts.
    alerts.mapValues(AlertJson::toJson, Named.as("alerter-alert-as-json"))
        .to(topics.alertsJson().name(), topics.alertsJson().produced("alerter-write-alerts-json"));
    return builder.build();
  }
}
