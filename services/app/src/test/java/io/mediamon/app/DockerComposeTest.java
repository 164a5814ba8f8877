package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mediamon.config.ConfigLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** There is no Docker engine on CI: this at least checks docker-compose.yml parses and configures real settings. */
class DockerComposeTest {
  @Test
  void composeFileDefinesTheBrokerAndFourServicesWithValidSettings() throws Exception {
    JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Paths.home().resolve("docker-compose.yml").toFile());
    JsonNode services = compose.get("services");
    assertEquals("apache/kafka:4.4.0", services.get("kafka").get("image").asText());
    for (String service : List.of("ingest", "extractor", "correlator", "alerter")) {
      JsonNode s = services.get(service);
      assertEquals(List.of("run", "--services", service),
          List.of(s.get("command").get(0).asText(), s.get("command").get(1).asText(), s.get("command").get(2).asText()));
      Map<String, String> env = new HashMap<>();
      s.get("environment").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
      assertEquals("kafka:9092", env.get("MEDIAMON_BOOTSTRAP_SERVERS"));
      ConfigLoader.load(null, env, Map.of()); // every variable is a real setting
    }
    assertTrue(Paths.home().resolve("Dockerfile").toFile().isFile());
  }
}
