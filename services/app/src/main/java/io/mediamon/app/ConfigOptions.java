package io.mediamon.app;

import io.mediamon.config.ConfigLoader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command shares; they are the top layer of the configuration. */
public final class ConfigOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file of mediamon settings (see README, Configuration).")
  Path configFile;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,HOST:PORT]",
      description = "Kafka cluster to use (setting bootstrap.servers).")
  String bootstrapServers;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any setting, e.g. --set topic.partitions=6.")
  Map<String, String> settings = new LinkedHashMap<>();

  /** defaults → file → environment → these flags. */
  public MediamonConfig load() {
    Map<String, String> flags = new LinkedHashMap<>(settings);
    if (bootstrapServers != null) {
      flags.put(Setting.BOOTSTRAP_SERVERS.key(), bootstrapServers);
    }
    return ConfigLoader.load(configFile, System.getenv(), flags);
  }
}
