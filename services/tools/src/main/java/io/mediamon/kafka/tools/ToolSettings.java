package io.mediamon.kafka.tools;

import io.mediamon.config.MediamonConfig;
import io.mediamon.json.RecordJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mediamon settings a tool is configured with: of the properties Kafka hands to a formatter or deserializer,
 * the {@code topic.*} keys (e.g. {@code --formatter-property topic.dead-letter=acme.dead-letter} when the topics
 * are renamed); every other property is Kafka's and left alone.
 */
final class ToolSettings {
  private ToolSettings() {}

  static RecordJson recordJson(Map<String, ?> configs) {
    Map<String, String> topics = new LinkedHashMap<>();
    if (configs != null) {
      configs.forEach((k, v) -> {
        if (k.startsWith("topic.") && v != null) {
          topics.put(k, v.toString());
        }
      });
    }
    return RecordJson.of(MediamonConfig.defaults().with(topics));
  }
}
