package io.mediamon.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.ConfigException;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsSettingsTest {
  @TempDir
  Path state;

  private MediamonConfig config(Map<String, String> settings) {
    return MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), state.toString(),
        Setting.BOOTSTRAP_SERVERS.key(), "broker:9092")).with(settings);
  }

  @Test
  void anInstanceIdMakesTheMainConsumerAStaticMemberWithAThreadSuffixPerConsumer() {
    Properties props = StreamsSettings.forService(config(Map.of(Setting.STREAMS_INSTANCE_ID.key(), "pod-3")),
        "correlator");

    assertEquals("pod-3", props.get(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)));
    Map<String, Object> consumer = new StreamsConfig(props).getMainConsumerConfigs("g", "c", 2);
    assertEquals("pod-3-2", consumer.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
  }

  @Test
  void withoutAnInstanceIdMembershipIsDynamic() {
    Properties props = StreamsSettings.forService(config(Map.of()), "correlator");

    assertFalse(props.containsKey(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)));
    assertTrue(new StreamsConfig(props).getMainConsumerConfigs("g", "c", 1)
        .get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG) == null);
  }

  @Test
  void anInstanceIdThatIsNoNameIsRefusedAtStart() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> config(Map.of(Setting.STREAMS_INSTANCE_ID.key(), "pod 3/a")));
    assertTrue(e.getMessage().startsWith("streams.instance-id"), e.getMessage());
  }
}
