package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.kafka.testing.TestKafka;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings for a test of its own: the JVM's one broker, but topics and consumer groups no other test uses. */
final class ItConfigs {
  private ItConfigs() {}

  static Map<String, String> uniqueSettings(Path stateDir) {
    String id = TestKafka.uniqueName("it");
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(Setting.BOOTSTRAP_SERVERS.key(), TestKafka.bootstrapServers());
    settings.put(Setting.APPLICATION_ID_PREFIX.key(), id);
    settings.put(Setting.TOPIC_RAW.key(), id + ".raw");
    settings.put(Setting.TOPIC_ENRICHED.key(), id + ".enriched");
    settings.put(Setting.TOPIC_EVENTS.key(), id + ".events");
    settings.put(Setting.TOPIC_STORIES.key(), id + ".stories");
    settings.put(Setting.TOPIC_STORY_ARTICLES.key(), id + ".story-articles");
    settings.put(Setting.TOPIC_ALERTS.key(), id + ".alerts");
    settings.put(Setting.TOPIC_WATCHLISTS.key(), id + ".watchlists");
    settings.put(Setting.TOPIC_DEAD_LETTER.key(), id + ".dead-letter");
    settings.put(Setting.TOPIC_PARTITIONS.key(), "2");
    settings.put(Setting.STATE_DIR.key(), stateDir.toString());
    return settings;
  }

  /** The value of a {@code --set key=value} pair in a command line. */
  static String settingOf(java.util.List<String> args, String key) {
    return args.stream().filter(a -> a.startsWith(key + "=")).map(a -> a.substring(key.length() + 1)).findFirst()
        .orElseThrow();
  }

  static MediamonConfig unique(Path stateDir) {
    return MediamonConfig.defaults().with(uniqueSettings(stateDir));
  }
}
