package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.json.AvroJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `mediamon demo` as a user runs it (on the test JVM's broker), twice over the same topics. */
class DemoCommandIT {
  @TempDir
  Path stateDir;

  @Test
  void printsAlertsAsJsonLinesAndASecondRunOverTheSameDataPrintsNoNewAlert() throws Exception {
    List<String> args = new ArrayList<>(List.of("demo"));
    for (Map.Entry<String, String> setting : ItConfigs.uniqueSettings(stateDir).entrySet()) {
      args.add("--set");
      args.add(setting.getKey() + "=" + setting.getValue());
    }

    List<JsonNode> first = run(args);
    assertTrue(first.stream().anyMatch(a -> a.get("kind").asText().equals("NEW")
        && a.get("title").asText().contains("Iran") && a.get("title").asText().contains("Taliban")), first.toString());
    JsonNode followed = first.stream().filter(a -> a.get("eventId").asText().equals("evt-us-taliban-peace-talks"))
        .findFirst().orElseThrow(() -> new AssertionError(first.toString()));
    for (String field : List.of("eventId", "kind", "title", "eventType", "actors", "location", "articleIds",
        "sources", "firstSeen", "lastSeen")) {
      assertTrue(followed.has(field), "alert field " + field);
    }
    assertTrue(followed.get("actors").toString().contains("Taliban"));

    List<JsonNode> second = run(args);
    assertTrue(second.stream().noneMatch(a -> a.get("kind").asText().equals("NEW")), second.toString());

    // ops read the same alerts back with `mediamon tail`
    List<String> tail = new ArrayList<>(args.subList(1, args.size()));
    tail.addAll(0, List.of("tail", ItConfigs.settingOf(args, "topic.alerts"), "--max", "2"));
    List<JsonNode> tailed = run(tail);
    assertEquals(2, tailed.size());
    assertEquals(first.get(0), tailed.get(0).get("value"));
  }

  private static List<JsonNode> run(List<String> args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertEquals(0, exit, err.toString());
    List<JsonNode> alerts = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        alerts.add(AvroJson.mapper().readTree(line));
      }
    }
    return alerts;
  }
}
