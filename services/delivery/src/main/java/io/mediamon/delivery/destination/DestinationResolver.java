package io.mediamon.delivery.destination;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertWatch;
import io.mediamon.schema.Watch;
import io.mediamon.schema.WatchDestination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where one alert goes: the configured destinations, then those of each watch it matched, each destination once. */
public final class DestinationResolver {
  private static final Logger LOG = LoggerFactory.getLogger(DestinationResolver.class);
  /** How long an alert waits for the watch reader to catch up when it names a watch not read yet. */
  private static final Duration WATCH_CATCH_UP = Duration.ofSeconds(10);

  private final List<Destination> configured;
  private final WatchDirectory watches;

  public DestinationResolver(List<Destination> configured, WatchDirectory watches) {
    this.configured = List.copyOf(configured);
    this.watches = watches;
  }

  public List<Destination> destinationsOf(Alert alert) throws InterruptedException {
    Map<String, Destination> byKey = new LinkedHashMap<>();
    configured.forEach(d -> byKey.putIfAbsent(d.key(), d));
    for (AlertWatch matched : alert.getWatches()) {
      Optional<Watch> watch = watches.get(matched.getWatchId());
      if (watch.isEmpty() && watches.awaitCaughtUp(WATCH_CATCH_UP)) {
        watch = watches.get(matched.getWatchId());
      }
      if (watch.isEmpty()) {
        // Removed since the alert was made (a tombstone), or not readable: its destinations are unknown.
        LOG.warn("Alert {} names watch {} ({}), which is not in the watchlists; it goes to the other destinations",
            alert.getEventId(), matched.getWatchId(), matched.getName());
        continue;
      }
      for (WatchDestination d : watch.get().getDestinations()) {
        Destination destination = new Destination(d.getKind(), d.getTarget().trim(), false);
        // A configured destination named again by a watch keeps its trust.
        byKey.putIfAbsent(destination.key(), destination);
      }
    }
    return new ArrayList<>(byKey.values());
  }
}
