package io.mediamon.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The class path the {@code mediamon} launcher builds: the app jar, then {@code target/classpath.txt}. */
final class LauncherClassPath {
  private LauncherClassPath() {}

  static String get() throws IOException {
    Path target = Path.of("target");
    return target.resolve("mediamon-app.jar").toAbsolutePath() + File.pathSeparator
        + Files.readString(target.resolve("classpath.txt")).strip();
  }
}
