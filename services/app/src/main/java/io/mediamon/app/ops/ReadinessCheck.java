package io.mediamon.app.ops;

import java.util.Optional;

/** One thing the process needs to do its work; {@link #problem()} says why it is not ready, empty when it is. */
public interface ReadinessCheck {
  String name();

  Optional<String> problem();
}
