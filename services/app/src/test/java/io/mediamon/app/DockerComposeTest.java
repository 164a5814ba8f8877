package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mediamon.config.ConfigLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine on CI: this checks that docker-compose.yml and the Dockerfile keep the properties of a
 * production setup (named volumes, readiness healthchecks, an external listener, heap within memory limits, non-root
 * users, pinned images, no secret in the file) and configure real settings only. `docker-compose config` (README)
 * checks the file against Compose's own schema; Testcontainers runs the broker image where Docker exists.
 */
class DockerComposeTest {
  static final List<String> SERVICES = List.of("ingest", "extractor", "correlator", "alerter");
  /** The services built from this repository's Dockerfile: all but the broker. */
  static final List<String> MEDIAMON_CONTAINERS = List.of("events-loader", "ingest", "extractor", "correlator",
      "alerter", "tools");

  static JsonNode compose;
  static JsonNode services;

  @BeforeAll
  static void read() throws Exception {
    compose = new ObjectMapper(new YAMLFactory()).readTree(Paths.home().resolve("docker-compose.yml").toFile());
    services = compose.get("services");
  }

  @Test
  void theBrokerAndFourServicesEachRunOneServiceWithRealSettingsOnly() {
    assertEquals("apache/kafka:4.4.0", service("kafka").get("image").asText());
    for (String name : MEDIAMON_CONTAINERS) {
      Map<String, String> env = environment(name);
      assertEquals("kafka:9092", env.get("MEDIAMON_BOOTSTRAP_SERVERS"), name);
      // The secrets the entry point turns into variables (/run/secrets/MEDIAMON_*) are settings too.
      Map<String, String> withSecrets = new HashMap<>(env);
      secretTargets(name).forEach(target -> withSecrets.put(target, "secret-from-file"));
      withSecrets.keySet().removeIf(k -> !k.startsWith("MEDIAMON_"));
      ConfigLoader.load(null, withSecrets, Map.of()); // every variable is a real setting; the settings are valid
    }
    Set<String> instanceIds = new HashSet<>();
    for (String name : SERVICES) {
      JsonNode command = service(name).get("command");
      assertEquals(List.of("run", "--services", name), List.of(command.get(0).asText(), command.get(1).asText(),
          command.get(2).asText()));
      String instanceId = environment(name).get("MEDIAMON_STREAMS_INSTANCE_ID");
      assertNotNull(instanceId, name + ": static membership (MEDIAMON_STREAMS_INSTANCE_ID)");
      assertTrue(instanceIds.add(instanceId), name + ": instance id shared with another service: " + instanceId);
      assertEquals("service_healthy", service(name).get("depends_on").get("kafka").get("condition").asText(), name);
    }
    assertEquals(List.of("tools"), texts(service("tools").get("profiles")), "the tools service, for tail");
  }

  @Test
  void brokerDataServiceStateAndTheDropDirectoryAreNamedVolumes() {
    namedVolumeAt("kafka", environment("kafka").get("KAFKA_LOG_DIRS")); // the broker's log directory
    Set<String> stateVolumes = new HashSet<>();
    for (String name : SERVICES) {
      String stateDir = environment(name).get("MEDIAMON_STATE_DIR");
      assertNotNull(stateDir, name + ": MEDIAMON_STATE_DIR");
      assertTrue(stateVolumes.add(namedVolumeAt(name, stateDir)), name + ": its own state volume");
    }
    namedVolumeAt("ingest", environment("ingest").get("MEDIAMON_INGEST_DIR"));
  }

  @Test
  void everyServiceIsHealthyWhenItsOpsEndpointIsReady() {
    for (String name : SERVICES) {
      Map<String, String> env = environment(name);
      assertEquals("0.0.0.0", env.get("MEDIAMON_OPS_HOST"), name);
      JsonNode healthcheck = service(name).get("healthcheck");
      assertNotNull(healthcheck, name + ": healthcheck");
      String test = String.join(" ", texts(healthcheck.get("test")));
      assertTrue(test.startsWith("CMD curl -fsS") && test.endsWith(":" + env.get("MEDIAMON_OPS_PORT") + "/ready"),
          name + ": " + test);
      assertNotNull(healthcheck.get("start_period"), name + ": start_period");
    }
    assertTrue(dockerfile().contains("--no-install-recommends curl"), "the image has curl for the healthchecks");
  }

  @Test
  void theBrokerAdvertisesAnExternalListenerForTheHost() {
    Map<String, String> env = environment("kafka");
    Map<String, String> advertised = listeners(env.get("KAFKA_ADVERTISED_LISTENERS"));
    assertEquals("kafka:9092", advertised.get(env.get("KAFKA_INTER_BROKER_LISTENER_NAME")), "internal listener");
    assertEquals("localhost:9094", advertised.get("EXTERNAL"), "external listener");
    assertEquals(Set.of("INTERNAL", "EXTERNAL", "CONTROLLER"),
        listeners(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).keySet());
    assertEquals(Set.of("INTERNAL", "EXTERNAL", "CONTROLLER"), listeners(env.get("KAFKA_LISTENERS")).keySet());
    assertEquals(List.of("127.0.0.1:9094:9094"), texts(service("kafka").get("ports")),
        "only the external listener is published, on the host's loopback");
  }

  @Test
  void eachContainerHasAMemoryLimitAndAHeapBelowIt() {
    for (String name : MEDIAMON_CONTAINERS) {
      long limit = bytes(service(name).get("mem_limit").asText());
      long heap = maxHeap(environment(name).get("JAVA_OPTS"), name);
      assertTrue(heap <= limit * 3 / 4, name + ": heap " + heap + " leaves room below the limit " + limit);
    }
    assertTrue(maxHeap(environment("extractor").get("JAVA_OPTS"), "extractor") >= bytes("2g"),
        "the extractor holds CoreNLP's models");
    for (String name : List.of("ingest", "correlator", "alerter")) {
      assertTrue(maxHeap(environment(name).get("JAVA_OPTS"), name) <= bytes("1g"), name + ": not the image's 3g");
    }
    assertTrue(maxHeap(environment("kafka").get("KAFKA_HEAP_OPTS"), "kafka") <= bytes(service("kafka")
        .get("mem_limit").asText()) * 3 / 4, "broker heap");
  }

  @Test
  void nothingRunsAsRootAndImagesArePinned() {
    for (String name : MEDIAMON_CONTAINERS) {
      assertEquals("10001:10001", service(name).get("user").asText(), name);
      assertEquals("mediamon:0.1.0-SNAPSHOT", service(name).get("image").asText(), name);
    }
    assertEquals("appuser", service("kafka").get("user").asText());
    services.fields().forEachRemaining(e -> {
      String image = e.getValue().get("image").asText();
      assertTrue(image.matches("[^:]+:\\d[\\w.-]*") && !image.endsWith(":latest"), e.getKey() + ": " + image);
    });
    String dockerfile = dockerfile();
    Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(dockerfile);
    assertTrue(user.find() && !user.group(1).equals("0"), "the image's user is not root");
    Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile);
    int froms = 0;
    while (from.find()) {
      froms++;
      assertTrue(from.group(1).matches("[^:]+:\\d+\\.\\d+\\.\\d+[\\w.-]*"), "pinned base image: " + from.group(1));
    }
    assertEquals(2, froms);
  }

  @Test
  void dependenciesAreResolvedInALayerOfTheirOwnFromEveryModulesPom() throws Exception {
    String dockerfile = dockerfile();
    int sources = dockerfile.indexOf("\nCOPY services services");
    int resolve = dockerfile.indexOf("-Dmaven.main.skip package");
    assertTrue(resolve > 0 && resolve < sources, "dependencies resolved before the sources are copied");
    String pom = Files.readString(Paths.home().resolve("pom.xml"));
    Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    List<String> modules = new ArrayList<>();
    while (module.find()) {
      modules.add(module.group(1));
      String copy = "COPY " + module.group(1) + "/pom.xml " + module.group(1) + "/\n";
      int at = dockerfile.indexOf(copy);
      assertTrue(at > 0 && at < resolve, "the Dockerfile copies " + module.group(1) + "/pom.xml before resolving");
    }
    assertTrue(modules.size() > 5, modules.toString());
  }

  @Test
  void theFeedsFileDropDirectoryAndPushPortAreWiredInWithTheTokenAsASecret() {
    Map<String, String> env = environment("ingest");
    String feedsFile = env.get("MEDIAMON_INGEST_FEEDS_FILE");
    String feedsMount = volumes("ingest").stream().filter(v -> v.contains(":" + feedsFile + ":")).findFirst()
        .orElseThrow(() -> new AssertionError("the feeds file is mounted"));
    assertTrue(feedsMount.endsWith(":ro"), "read-only: " + feedsMount);
    assertTrue(Files.isRegularFile(Paths.home().resolve(feedsMount.substring(0, feedsMount.indexOf(':')))),
        feedsMount);
    assertNotNull(env.get("MEDIAMON_INGEST_DIR"));
    String port = env.get("MEDIAMON_INGEST_HTTP_PORT");
    assertEquals("0.0.0.0", env.get("MEDIAMON_INGEST_HTTP_HOST"));
    assertTrue(texts(service("ingest").get("ports")).contains(port + ":" + port), "push port published");
    assertEquals(List.of("MEDIAMON_INGEST_HTTP_TOKEN"), secretTargets("ingest"), "the token comes from a secret");
    String secret = service("ingest").get("secrets").get(0).get("source").asText();
    assertTrue(compose.get("secrets").get(secret).get("file").asText().startsWith("./secrets/"), secret);
    services.fields().forEachRemaining(e -> assertFalse(environment(e.getKey()).keySet().stream()
        .anyMatch(k -> k.contains("TOKEN") || k.contains("PASSWORD")), e.getKey() + ": no secret in the file"));
  }

  // --- helpers ---

  static JsonNode service(String name) {
    JsonNode s = services.get(name);
    assertNotNull(s, "service " + name);
    return s;
  }

  /** The environment, in either of Compose's forms (a map, or a list of NAME=value). */
  static Map<String, String> environment(String name) {
    Map<String, String> env = new LinkedHashMap<>();
    JsonNode e = service(name).get("environment");
    if (e != null && e.isArray()) {
      e.forEach(item -> {
        String[] kv = item.asText().split("=", 2);
        env.put(kv[0], kv.length > 1 ? kv[1] : "");
      });
    } else if (e != null) {
      e.fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText()));
    }
    return env;
  }

  static List<String> secretTargets(String name) {
    List<String> targets = new ArrayList<>();
    JsonNode secrets = service(name).get("secrets");
    if (secrets != null) {
      secrets.forEach(s -> targets.add(s.isTextual() ? s.asText() : s.get("target").asText()));
    }
    return targets;
  }

  static List<String> volumes(String name) {
    JsonNode v = service(name).get("volumes");
    return v == null ? List.of() : texts(v);
  }

  /** The named volume (declared at the top level) mounted at {@code path}; returns the volume's name. */
  static String namedVolumeAt(String service, String path) {
    assertNotNull(path, service + ": the directory setting");
    for (String mount : volumes(service)) {
      String[] parts = mount.split(":");
      if (parts.length >= 2 && parts[1].equals(path)) {
        assertTrue(compose.get("volumes").has(parts[0]), service + ": " + parts[0] + " is a named volume");
        assertFalse(mount.endsWith(":ro"), mount);
        return parts[0];
      }
    }
    throw new AssertionError(service + ": no volume mounted at " + path + " in " + volumes(service));
  }

  /** NAME://host:port,... or NAME:PROTOCOL,... as name → the rest. */
  static Map<String, String> listeners(String value) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String l : value.split(",")) {
      int colon = l.indexOf(':');
      out.put(l.substring(0, colon), l.substring(colon + 1).replaceFirst("^//", ""));
    }
    return out;
  }

  static long maxHeap(String javaOpts, String name) {
    assertNotNull(javaOpts, name + ": heap options");
    Matcher m = Pattern.compile("-Xmx(\\d+[kmgKMG]?)").matcher(javaOpts);
    assertTrue(m.find(), name + ": -Xmx in " + javaOpts);
    return bytes(m.group(1));
  }

  static long bytes(String size) {
    String s = size.toLowerCase(Locale.ROOT).replaceFirst("b$", "");
    long unit = switch (s.charAt(s.length() - 1)) {
      case 'k' -> 1L << 10;
      case 'm' -> 1L << 20;
      case 'g' -> 1L << 30;
      default -> 1;
    };
    return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static String dockerfile() {
    try {
      return Files.readString(Paths.home().resolve("Dockerfile"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
