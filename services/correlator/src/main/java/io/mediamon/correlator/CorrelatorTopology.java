package io.mediamon.correlator;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Event;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicDescriptor;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * enriched articles ─▶ correlate (with followed events) ─▶ events topic.
 *
 * <pre>
 *   mediamon.events ──▶ [correlator-followed-events] (global store)
 *                                     │ read
 *   mediamon.articles.enriched ──▶ correlator-correlate ──▶ mediamon.events
 *                                     │ read/write
 *                         [correlator-own-events] (changelogged)
 * </pre>
 */
public final class CorrelatorTopology {
  public static final String SERVICE = "correlator";
  static final String FOLLOWED_STORE = "correlator-followed-events";
  static final String OWN_STORE = "correlator-own-events";

  private CorrelatorTopology() {}

  public static Topology build(MediamonConfig config) {
    MediamonTopics topics = MediamonTopics.from(config);
    TopicDescriptor<String, Event> events = topics.events();
    EventMatcher matcher = new EventMatcher(config.getInt(Setting.CORRELATOR_MIN_SHARED_ACTORS));
    NewsWindow window = new NewsWindow(config.getInt(Setting.CORRELATOR_NEW_EVENT_MAX_AGE_DAYS));
    StreamsBuilder builder = new StreamsBuilder();

    // The events topic is compacted and holds every followed event: it is the global store's changelog.
    builder.addGlobalStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FOLLOWED_STORE), events.keySerde(),
            events.valueSerde()).withLoggingDisabled(),
        events.name(),
        events.consumed("correlator-read-followed-events"),
        () -> new FollowedEventsUpdater(FOLLOWED_STORE));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(OWN_STORE),
        events.keySerde(), events.valueSerde()));

    builder.stream(topics.enriched().name(), topics.enriched().consumed("correlator-read-enriched"))
        .process(() -> new CorrelateProcessor(FOLLOWED_STORE, OWN_STORE, matcher, window),
            Named.as("correlator-correlate"), OWN_STORE)
        .to(events.name(), events.produced("correlator-write-events"));
    return builder.build();
  }
}
