package io.mediamon.app.bench;

import io.mediamon.config.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The alert settings under which every new story is NEW on its first report. The benches and the fault suite measure
 * the pipeline (how long an alert takes, whether a disturbed run gives the same alerts), not how long the alert policy
 * waits: a story related to an open one, or one whose report names no two parties, would otherwise wait for more
 * articles and leave few alerts to time or compare. One place, so that a new waiting rule is switched off for all of
 * them.
 */
public final class FirstReportAlerts {
  /** Each waiting count of {@code alerts.*} at 1. */
  public static final Map<String, String> SETTINGS = Map.of(
      Setting.ALERTS_RELATED_NEW_MIN_ARTICLES.key(), "1",
      Setting.ALERTS_UNTYPED_NEW_MIN_ARTICLES.key(), "1");

  private FirstReportAlerts() {}

  /** The settings as command-line flags of {@code mediamon run} ({@code --set key=value}), in a stable order. */
  public static List<String> asFlags() {
    List<String> flags = new ArrayList<>();
    SETTINGS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> flags.addAll(List.of("--set", e.getKey() + "=" + e.getValue())));
    return flags;
  }
}
