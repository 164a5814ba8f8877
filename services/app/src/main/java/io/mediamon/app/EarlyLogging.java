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
 * Applies the log.level and log.format settings before the first logger exists: Log4j reads its configuration
 * (log4j2.xml, which takes both from system properties) once, when the first logger is created, which is before the
 * configuration is loaded. The layers are read in the configuration's order (--config file, MEDIAMON_LOG_LEVEL /
 * MEDIAMON_LOG_FORMAT, --set key=...); an invalid value is left out here and to the configuration's validation,
 * which stops the program with a message naming it.
 */
final class EarlyLogging {
  static final String LEVEL_PROPERTY = "mediamon.log.level";
  static final String FORMAT_PROPERTY = "mediamon.log.format";
  private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "warn", "error", "off");
  private static final Set<String> FORMATS = Set.of("text", "json");

  private EarlyLogging() {}

  static void apply(String[] args, Map<String, String> env) {
    String level = setting("log.level", args, env);
    if (level != null && LEVELS.contains(level)) {
      System.setProperty(LEVEL_PROPERTY, level);
    }
    String format = setting("log.format", args, env);
    if (format != null && FORMATS.contains(format)) {
      System.setProperty(FORMAT_PROPERTY, format);
    }
  }

  /** The setting's value from the layers that exist before the configuration is loaded, lower case; null if unset. */
  static String setting(String key, String[] args, Map<String, String> env) {
    String value = null;
    for (int i = 0; i < args.length; i++) {
      String file = args[i].equals("--config") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--config=") ? args[i].substring("--config=".length()) : null;
      if (file != null) {
        value = fromFile(Path.of(file), key, value);
      }
    }
    String variable = "MEDIAMON_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    if (env.get(variable) != null) {
      value = env.get(variable);
    }
    for (int i = 0; i < args.length; i++) {
      String setting = args[i].equals("--set") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--set=") ? args[i].substring("--set=".length()) : null;
      if (setting != null && setting.startsWith(key + "=")) {
        value = setting.substring(key.length() + 1);
      }
    }
    return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
  }

  private static String fromFile(Path file, String key, String current) {
    try (Reader reader = Files.newBufferedReader(file)) {
      Properties properties = new Properties();
      properties.load(reader);
      return properties.getProperty(key, current);
    } catch (IOException | IllegalArgumentException e) {
      return current; // the configuration's loading reports the file's problem
    }
  }
}
