package io.mediamon.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Applies the log.level setting before the first logger exists: slf4j-simple reads its level once, when it starts,
 * which is before the configuration is loaded. The layers are read in the configuration's order (--config file,
 * MEDIAMON_LOG_LEVEL, --set log.level=...); an invalid value is left to the configuration's validation, which stops
 * the program with a message naming it.
 */
final class EarlyLogLevel {
  private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");
  static final String PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  private EarlyLogLevel() {}

  static String level(String[] args, Map<String, String> env) {
    String level = null;
    for (int i = 0; i < args.length; i++) {
      String file = args[i].equals("--config") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--config=") ? args[i].substring("--config=".length()) : null;
      if (file != null) {
        level = fromFile(Path.of(file), level);
      }
    }
    if (env.get("MEDIAMON_LOG_LEVEL") != null) {
      level = env.get("MEDIAMON_LOG_LEVEL");
    }
    for (int i = 0; i < args.length; i++) {
      String setting = args[i].equals("--set") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--set=") ? args[i].substring("--set=".length()) : null;
      if (setting != null && setting.startsWith("log.level=")) {
        level = setting.substring("log.level=".length());
      }
    }
    return level == null ? null : level.trim().toLowerCase(Locale.ROOT);
  }

  static void apply(String[] args, Map<String, String> env) {
    String level = level(args, env);
    if (level != null && LEVELS.contains(level)) {
      System.setProperty(PROPERTY, level);
    }
  }

  private static String fromFile(Path file, String current) {
    try (Reader reader = Files.newBufferedReader(file)) {
      Properties properties = new Properties();
      properties.load(reader);
      return properties.getProperty("log.level", current);
    } catch (IOException | IllegalArgumentException e) {
      return current; // the configuration's loading reports the file's problem
    }
  }
}
