package io.mediamon.app;

import java.nio.file.Path;

/** Files shipped in the repository, found from the launcher's MEDIAMON_HOME (or the working directory). */
final class Paths {
  private Paths() {}

  static Path home() {
    String home = System.getProperty("mediamon.home", System.getenv().getOrDefault("MEDIAMON_HOME", "."));
    return Path.of(home);
  }

  static Path sampleCorpus() {
    return home().resolve("samples/corpus");
  }

  static Path sampleEvents() {
    return home().resolve("samples/events.jsonl");
  }
}
