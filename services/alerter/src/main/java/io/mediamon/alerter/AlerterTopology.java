package io.mediamon.alerter;

import io.mediamon.config.MediamonConfig;
import io.mediamon.topics.MediamonTopics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * events ─▶ decide (against the event as last alerted) ─▶ alerts.
 *
 * <pre>
 *   mediamon.events ──▶ alerter-decide ──▶ mediamon.alerts
 *                           │ read/write
 *                [alerter-last-alerted] (changelogged)
 * </pre>
 */
public final class AlerterTopology {
  public static final String SERVICE = "alerter";
  static final String LAST_ALERTED_STORE = "alerter-last-alerted";

  private AlerterTopology() {}

  public static Topology build(MediamonConfig config) {
    MediamonTopics topics = MediamonTopics.from(config);
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LAST_ALERTED_STORE),
        topics.events().keySerde(), topics.events().valueSerde()));
    builder.stream(topics.events().name(), topics.events().consumed("alerter-read-events"))
        .process(() -> new AlertDecider(LAST_ALERTED_STORE), Named.as("alerter-decide"), LAST_ALERTED_STORE)
        .to(topics.alerts().name(), topics.alerts().produced("alerter-write-alerts"));
    return builder.build();
  }
}
