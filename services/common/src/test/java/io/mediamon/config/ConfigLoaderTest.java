package io.mediamon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  @Test
  void laterLayersWin() throws Exception {
    Path file = dir.resolve("mediamon.properties");
    Files.writeString(file, "topic.partitions=4\ntopic.raw=from-file\nstreams.threads=2\n");
    MediamonConfig config = ConfigLoader.load(file,
        Map.of("MEDIAMON_TOPIC_RAW", "from-env", "MEDIAMON_STREAMS_THREADS", "3", "PATH", "/bin",
            "MEDIAMON_JAVA_OPTS", "-Xmx1g", "MEDIAMON_HOME", "/opt/mediamon"),
        Map.of("streams.threads", "5"));
    assertEquals(4, config.getInt(Setting.TOPIC_PARTITIONS));
    assertEquals("from-env", config.get(Setting.TOPIC_RAW));
    assertEquals(5, config.getInt(Setting.STREAM_THREADS));
    assertEquals("mediamon.alerts", config.get(Setting.TOPIC_ALERTS));
  }

  @Test
  void kafkaSettingsPassThroughWithoutPrefix() {
    MediamonConfig config = ConfigLoader.load(null, Map.of("MEDIAMON_KAFKA_SECURITY_PROTOCOL", "SSL"),
        Map.of("bootstrap.servers", "broker:9092", "kafka.client.dns.lookup", "use_all_dns_ips"));
    assertEquals("SSL", config.kafkaClientProperties().get("security.protocol"));
    assertEquals("use_all_dns_ips", config.kafkaClientProperties().get("client.dns.lookup"));
    assertEquals("broker:9092", config.kafkaClientProperties().get("bootstrap.servers"));
  }

  @Test
  void mistakesGetMessagesAUserCanActOn() {
    assertMessage("unknown setting 'topic.rwa' in command line", Map.of(), Map.of("topic.rwa", "x"));
    assertMessage("environment variable MEDIAMON_TOPICS_RAW is not a mediamon setting",
        Map.of("MEDIAMON_TOPICS_RAW", "x"), Map.of());
    assertMessage("topic.partitions: 'zero' must be a whole number of at least 1", Map.of(),
        Map.of("topic.partitions", "zero"));
    assertMessage("bootstrap.servers: 'localhost' is not host:port", Map.of(),
        Map.of("bootstrap.servers", "localhost"));
    assertMessage("services: unknown service 'alerts'", Map.of(), Map.of("services", "ingest,alerts"));
    assertMessage("ingest.http.port is set but ingest.http.token is empty", Map.of(),
        Map.of("ingest.http.port", "8080"));
    assertMessage("ingest.http.port: 'http' is not a port", Map.of(), Map.of("ingest.http.port", "http"));
    assertMessage("topic.alerts: 'my alerts' is not a valid topic name", Map.of(),
        Map.of("topic.alerts", "my alerts"));
    assertMessage("extractor.ner-models: '5class' is not a model (choose from 3class, 4class, 7class", Map.of(),
        Map.of("extractor.ner-models", "3class,5class"));
    assertMessage("extractor.ner-models is empty", Map.of(), Map.of("extractor.ner-models", " "));
    assertMessage("stories.prior-articles: '-1' must be a whole number of at least 0", Map.of(),
        Map.of("stories.prior-articles", "-1"));
    assertMessage("stories.split-cohesion-threshold: '0' must be a number above 0 and at most 1", Map.of(),
        Map.of("stories.split-cohesion-threshold", "0"));
  }

  @Test
  void nerModelsAreNamedOrGivenAsResources() {
    MediamonConfig config = ConfigLoader.load(null, Map.of("MEDIAMON_EXTRACTOR_NER_MODELS",
        "3class,my/models/ner.crf.ser.gz"), Map.of());
    assertEquals(java.util.List.of("3class", "my/models/ner.crf.ser.gz"),
        config.getList(Setting.EXTRACTOR_NER_MODELS));
  }

  @Test
  void missingFileIsNamed() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(dir.resolve("nope.properties"), Map.of(), Map.of()));
    assertTrue(e.getMessage().contains("nope.properties"), e.getMessage());
  }

  private static void assertMessage(String expectedStart, Map<String, String> env, Map<String, String> flags) {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, env, flags));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
  }
}
