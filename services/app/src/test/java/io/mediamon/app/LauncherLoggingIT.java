package io.mediamon.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code log.format=json} on the launcher's own class path (Log4j and its JSON layout are runtime dependencies of the
 * app only): every line the process writes on stderr, from the first to the shutdown hook's last, is one JSON
 * object an operator's log shipper can take, and stdout stays free of logs.
 */
class LauncherLoggingIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void jsonLogFormatWritesOneEcsObjectPerLineFromStartToShutdown() throws Exception {
    Map<String, String> settings = ItConfigs.uniqueSettings(dir.resolve("state"));
    settings.put(Setting.INGEST_HTTP_PORT.key(), "0");
    settings.put(Setting.INGEST_HTTP_TOKEN.key(), "logging-token");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx256m", "-cp", LauncherClassPath.get(), "io.mediamon.app.Main", "run", "--services",
        "ingest", "--set", "log.format=json"));
    settings.forEach((k, v) -> command.addAll(List.of("--set", k + "=" + v)));
    Path stderr = dir.resolve("stderr.log");
    Path stdout = dir.resolve("stdout.log");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).redirectOutput(stdout.toFile())
        .start();
    try {
      await().atMost(Duration.ofMinutes(1)).until(() -> !process.isAlive() || read(stderr).contains("Running"));
      assertTrue(process.isAlive(), "run ended: " + read(stderr));
    } finally {
      process.destroy(); // SIGTERM: the shutdown hook stops the services and logs it
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    String log = read(stderr);
    assertEquals(143, process.exitValue(), log);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : log.lines().filter(l -> !l.isBlank()).toList()) {
      JsonNode node = JSON.readTree(line); // throws on a line that is not JSON
      assertTrue(node.isObject(), line);
      Instant.parse(node.path("@timestamp").asText()); // throws on a missing or undated line
      assertTrue(node.path("log.level").isTextual() && node.path("message").isTextual()
          && node.path("log.logger").isTextual(), line);
      lines.add(node);
    }
    assertTrue(lines.stream().anyMatch(n -> n.path("message").asText().startsWith("Running")), log);
    assertTrue(lines.stream().anyMatch(n -> n.path("message").asText().startsWith("Stopping")),
        "the shutdown hook's lines are logged too: " + log);
    assertEquals("", read(stdout).strip(), "logs never go to stdout");
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }
}
