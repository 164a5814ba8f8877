package io.mediamon.spikes;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The service's window stores. What baselines need (a few bytes per window) is kept for the baseline windows before
 * the oldest window that can still alert, that window and the grace; what alerts need (outlets, sample articles)
 * only while a window can still alert. Everything a subject leaves behind so expires once it has been quiet that
 * long; nothing has to be swept.
 *
 * @param retention of the counts, the spikes and the story titles
 * @param openRetention of the windows' details: a window and the grace, plus a window for the hopping grid's overlap
 */
record SpikesStores(Duration windowSize, Duration retention, Duration openRetention) {
  /** Subject key → {@link WindowTally}, one entry per window start. */
  static final String COUNTS = "spikes-window-counts";
  /** Subject key → {@link WindowCount} (outlets, sample articles) of the windows that can still alert. */
  static final String DETAILS = "spikes-window-details";
  /** Subject key → its {@link SpikeState} while a spike lasts, at the start of the spike's first window. */
  static final String ALERTED = "spikes-alerted";
  /** Story id → its latest title, at the story version's record time. */
  static final String STORY_TITLES = "spikes-story-titles";

  static SpikesStores of(Duration windowSize, int baselineWindows, Duration grace) {
    // One window more than the baselines need: the open windows of a hopping grid start up to a window earlier.
    return new SpikesStores(windowSize, windowSize.multipliedBy(baselineWindows + 2L).plus(grace),
        windowSize.multipliedBy(2).plus(grace));
  }

  void addTo(StreamsBuilder builder) {
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(COUNTS, retention, windowSize,
        false), Serdes.String(), new WindowTallySerde()));
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(DETAILS, openRetention, windowSize,
        false), Serdes.String(), new WindowCountSerde()));
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(ALERTED, retention, windowSize,
        false), Serdes.String(), new SpikeStateSerde()));
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(STORY_TITLES, retention,
        windowSize, false), Serdes.String(), Serdes.String()));
  }
}
