package io.mediamon.spikes;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;

/**
 * When a window is a spike: at least {@code ratio} times the subject's baseline (never less than {@code floor}, so
 * that 0 → 2 is no jump), at least {@code minArticles} articles and {@code minOutlets} distinct outlets. While a
 * spike lasts, a window that reaches {@code escalation} times the last alerted article count alerts again (0: off).
 */
record SpikeRule(double ratio, double floor, int minArticles, int minOutlets, double escalation) {

  static SpikeRule from(MediamonConfig config) {
    return new SpikeRule(config.getDouble(Setting.SPIKES_RATIO), config.getDouble(Setting.SPIKES_BASELINE_FLOOR),
        config.getInt(Setting.SPIKES_MIN_ARTICLES), config.getInt(Setting.SPIKES_MIN_OUTLETS),
        config.getDouble(Setting.SPIKES_ESCALATION_FACTOR));
  }

  /** Articles a window needs against this baseline. */
  double threshold(double baseline) {
    return Math.max(minArticles, ratio * Math.max(baseline, floor));
  }

  boolean isSpike(WindowTally window, double baseline) {
    return window.articles() >= threshold(baseline) && window.outlets() >= minOutlets;
  }

  /** Whether a window of a spike already alerted grew enough for another alert. */
  boolean escalates(WindowTally window, SpikeState alerted) {
    return escalation > 0 && window.articles() >= escalation * alerted.articles();
  }
}
