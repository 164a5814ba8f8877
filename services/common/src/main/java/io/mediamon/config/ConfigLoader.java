package io.mediamon.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/** Builds a {@link MediamonConfig} from its layers: defaults → file → environment → flags. */
public final class ConfigLoader {
  private ConfigLoader() {}

  /**
   * @param file a properties file, or null
   * @param environment the process environment (only MEDIAMON_* variables are read)
   * @param flags settings given on the command line, by key
   */
  public static MediamonConfig load(Path file, Map<String, String> environment, Map<String, String> flags) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Setting s : Setting.values()) {
      values.put(s.key(), s.defaultValue());
    }
    if (file != null) {
      readFile(file).forEach((k, v) -> values.put(checkKey(k, "file " + file), v));
    }
    environment.forEach((name, value) -> {
      if (name.startsWith(EnvironmentNames.KAFKA_PREFIX)) {
        values.put(EnvironmentNames.kafkaKeyOf(name), value);
      } else if (name.startsWith(EnvironmentNames.PREFIX) && !EnvironmentNames.LAUNCHER.contains(name)) {
        Setting s = Arrays.stream(Setting.values())
            .filter(x -> x.environmentVariable().equals(name)).findFirst()
            .orElseThrow(() -> new ConfigException("environment variable " + name
                + " is not a mediamon setting; known: " + knownVariables()));
        values.put(s.key(), value);
      }
    });
    flags.forEach((k, v) -> values.put(checkKey(k, "command line"), v));
    return new MediamonConfig(values);
  }

  static String checkKey(String key, String where) {
    if (Setting.byKey(key) == null && !key.startsWith(MediamonConfig.KAFKA_PREFIX)) {
      throw new ConfigException("unknown setting '" + key + "' in " + where + "; known settings: "
          + Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.joining(", "))
          + ", or kafka.<any Kafka client setting>");
    }
    return key;
  }

  private static Map<String, String> readFile(Path file) {
    if (!Files.isReadable(file)) {
      throw new ConfigException("cannot read config file " + file + ": it does not exist or is not readable");
    }
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      props.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot parse config file " + file + " as properties: " + e.getMessage());
    }
    Map<String, String> out = new LinkedHashMap<>();
    props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k).trim()));
    return out;
  }

  private static String knownVariables() {
    return Arrays.stream(Setting.values()).map(Setting::environmentVariable).collect(Collectors.joining(", "))
        + ", MEDIAMON_KAFKA_<KAFKA_SETTING>";
  }
}
