package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.mediamon.json.AvroJson;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `mediamon demo` as a user runs it (on the test JVM's broker): twice over the same topics, and from a feed. */
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
    tail.addAll(0, List.of("tail", ItConfigs.settingOf(args, "topic.alerts")));
    List<JsonNode> tailed = run(tail);
    assertEquals(first.size() + second.size(), tailed.size(), tailed.toString());
    assertTrue(tailed.containsAll(first), "tail prints the alerts as the demo does: " + tailed);
  }

  @Test
  void feedsOnlyDemoTurnsAFeedsArticlePageIntoAnAlert() throws Exception {
    // The sample story as an outlet would serve it: an RSS item linking to the article's HTML page.
    List<String> lines = Files.readAllLines(Path.of("../../samples/corpus/iran-taliban-talks.txt"));
    StringBuilder page = new StringBuilder("<html><head><title>" + lines.get(0) + "</title></head><body>"
        + "<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav><article><h1>" + lines.get(0) + "</h1>");
    lines.stream().skip(1).filter(l -> !l.isBlank()).forEach(l -> page.append("<p>").append(escape(l)).append("</p>"));
    page.append("</article><footer>Copyright</footer></body></html>");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    serve(server, "/rss.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
        + "<title>World news</title><link>" + base + "/</link><description>d</description><item><title>"
        + escape(lines.get(0)) + "</title><link>" + base + "/world/iran-taliban?utm_source=rss</link>"
        + "<pubDate>Wed, 26 Dec 2018 10:00:00 GMT</pubDate><description>Iran talks.</description></item>"
        + "</channel></rss>");
    serve(server, "/world/iran-taliban", "text/html; charset=UTF-8", page.toString());
    server.start();
    try {
      Path emptyCorpus = Files.createDirectories(stateDir.resolve("no-corpus"));
      List<String> args = new ArrayList<>(List.of("demo", "--corpus", emptyCorpus.toString(), "--feed",
          base + "/rss.xml"));
      for (Map.Entry<String, String> setting : ItConfigs.uniqueSettings(stateDir).entrySet()) {
        args.add("--set");
        args.add(setting.getKey() + "=" + setting.getValue());
      }

      List<JsonNode> alerts = run(args);

      JsonNode iran = alerts.stream().filter(a -> a.get("kind").asText().equals("NEW")
          && a.get("title").asText().contains("Iran") && a.get("title").asText().contains("Taliban")).findFirst()
          .orElseThrow(() -> new AssertionError(alerts.toString()));
      assertEquals("[\"127.0.0.1\"]", iran.get("sources").toString(), "the feed's host is its source");
    } finally {
      server.stop(0);
    }
  }

  private static void serve(HttpServer server, String path, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    server.createContext(path, exchange -> {
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
