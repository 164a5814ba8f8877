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
import org.apache.kafka.clients.producer.ProducerConfig;
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
  @Test
  void aSilentProcessIsGivenUpAfterFifteenSecondsNotKafkasFortyFive() {
    Map<String, Object> consumer = new StreamsConfig(StreamsSettings.forService(config(Map.of()), "extractor"))
        .getMainConsumerConfigs("g", "c", 1);

    assertEquals(15000, consumer.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG));
    assertEquals(3000, consumer.get(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG));
  }

  @Test
  void aShortSessionTimeoutHeartbeatsThreeTimesWithinIt() {
    Map<String, Object> consumer = new StreamsConfig(StreamsSettings.forService(
        config(Map.of(Setting.STREAMS_SESSION_TIMEOUT_MS.key(), "6000")), "extractor"))
        .getMainConsumerConfigs("g", "c", 1);

    assertEquals(6000, consumer.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG));
    assertEquals(2000, consumer.get(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG));
  }

  @Test
  void aSessionTimeoutTheBrokerWouldRefuseIsRefusedAtStart() {
    for (String value : new String[] {"5000", "1800001", "15s", ""}) {
      ConfigException e = assertThrows(ConfigException.class,
          () -> config(Map.of(Setting.STREAMS_SESSION_TIMEOUT_MS.key(), value)));
      assertTrue(e.getMessage().startsWith("streams.session-timeout-ms"), e.getMessage());
    }
  }

  @Test
  void aStreamThreadWaitsThreeMinutesForALostRouteBeforeGivingUp() {
    Map<String, Object> producer = new StreamsConfig(StreamsSettings.forService(config(Map.of()), "correlator"))
        .getProducerConfigs("c");
    assertEquals(180000, producer.get(ProducerConfig.MAX_BLOCK_MS_CONFIG));
    Map<String, Object> configured = new StreamsConfig(StreamsSettings.forService(
        config(Map.of(Setting.STREAMS_MAX_BLOCK_MS.key(), "60000")), "correlator")).getProducerConfigs("c");
    assertEquals(60000, configured.get(ProducerConfig.MAX_BLOCK_MS_CONFIG));
  }

  @Test
  void aWaitPastThePollIntervalIsRefusedAtStart() {
    for (String value : new String[] {"999", "290001", "3m", ""}) {
      ConfigException e = assertThrows(ConfigException.class,
          () -> config(Map.of(Setting.STREAMS_MAX_BLOCK_MS.key(), value)));
      assertTrue(e.getMessage().startsWith("streams.max-block-ms"), e.getMessage());
    }
  }
}
