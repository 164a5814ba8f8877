package io.mediamon.spikes;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The service's three window stores, all with one retention: the baseline windows before the oldest window that can
 * still alert, that window, and the grace. Everything a subject leaves behind (counts, its spike, a story's title)
 * so expires once the subject has been quiet that long; nothing has to be swept.
 */
record SpikesStores(Duration windowSize, Duration retention) {
  /** Subject key → its article counts, one entry per window start. */
  static final String COUNTS = "spikes-window-counts";
  /** Subject key → its {@link SpikeState} while a spike lasts, at the start of the spike's first window. */
  static final String ALERTED = "spikes-alerted";
  /** Story id → its latest title, at the story version's record time. */
  static final String STORY_TITLES = "spikes-story-titles";

  static SpikesStores of(Duration windowSize, int baselineWindows, Duration grace) {
    // One window more than the baselines need: the open windows of a hopping grid start up to a window earlier.
    return new SpikesStores(windowSize, windowSize.multipliedBy(baselineWindows + 2L).plus(grace));
  }

  void addTo(StreamsBuilder builder) {
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(COUNTS, retention, windowSize,
        false), Serdes.String(), new WindowCountSerde()));
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(ALERTED, retention, windowSize,
        false), Serdes.String(), new SpikeStateSerde()));
    builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(STORY_TITLES, retention,
        windowSize, false), Serdes.String(), Serdes.String()));
  }
}
