package io.mediamon.spikes.badinput;

import static io.mediamon.streams.errors.DeadLetterCapture.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.Alert;
import io.mediamon.spikes.SpikeInputs;
import io.mediamon.spikes.SpikesTopology;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.streams.errors.DeadLetterCapture;
import io.mediamon.streams.errors.PoisonValues;
import io.mediamon.topics.MediamonTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unreadable records on the three inputs are dead-lettered and tombstones skipped; the good articles around them
 * still make their spike.
 */
class PoisonedSpikesInputTest {
  private static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

  @TempDir
  Path stateDir;

  @Test
  void poisonIsDeadLetteredAndTheBurstAroundItStillSpikes() {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(Setting.STATE_DIR.key(), stateDir.toString()));
    MediamonTopics topics = MediamonTopics.from(config);
    Properties props = StreamsSettings.forService(config, SpikesTopology.SERVICE);
    props.put("bootstrap.servers", "unused:9092");
    DeadLetterCapture deadLetters = DeadLetterCapture.install(props);
    try (TopologyTestDriver driver = new TopologyTestDriver(SpikesTopology.build(config), props)) {
      ByteArraySerializer bytes = new ByteArraySerializer();
      TestOutputTopic<String, Alert> alerts = driver.createOutputTopic(topics.alerts().name(),
          topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer());
      byte[] key = "x".getBytes(StandardCharsets.UTF_8);
      for (String topic : List.of(topics.enriched().name(), topics.storyArticles().name(), topics.stories().name())) {
        TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(topic, bytes, bytes);
        raw.pipeInput(key, PoisonValues.garbage(), T0);
        raw.pipeInput(key, null, T0); // a tombstone: nothing to count, nothing to dead-letter
      }
      var articles = driver.createInputTopic(topics.enriched().name(), topics.enriched().keySerde().serializer(),
          topics.enriched().valueSerde().serializer());
      for (int i = 0; i < 10; i++) {
        Instant at = T0.plus(Duration.ofMinutes(i));
        articles.pipeInput("a-" + i, SpikeInputs.article("a-" + i, "outlet-" + i, "Taliban", at),
            at.plus(Duration.ofMinutes(1)));
      }

      List<ProducerRecord<byte[], byte[]>> letters = deadLetters.records();
      assertEquals(3, letters.size(), letters.toString());
      for (ProducerRecord<byte[], byte[]> letter : letters) {
        assertEquals("deserialization", header(letter, "mediamon.error.stage"));
      }
      assertEquals(List.of(topics.enriched().name(), topics.storyArticles().name(), topics.stories().name()),
          letters.stream().map(l -> header(l, "mediamon.source.topic")).toList());
      assertEquals(List.of("entity:Taliban"), alerts.readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }
  }
}
