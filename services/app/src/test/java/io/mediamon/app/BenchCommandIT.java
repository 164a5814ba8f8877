package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.json.AvroJson;
import io.mediamon.kafka.testing.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench extract} on a real broker with a handful of tiny articles: every article is accounted for in both
 * runs, counted the same way, and the run cleans up after itself. Timings are not asserted: they belong to the
 * README, measured on a quiet machine.
 */
class BenchCommandIT {
  @TempDir
  Path corpus;

  @Test
  void everyArticleIsAccountedForInProcessAndEndToEnd() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "Talks in Geneva\nThe foreign ministers of France and Germany met "
        + "in Geneva on Monday. \"We agreed on a plan,\" the French minister said.");
    Files.writeString(corpus.resolve("b.txt"), "Storm hits coast\nA storm hit the coast of Florida on Tuesday, "
        + "officials in Miami said. Thousands of homes lost power.");
    Files.writeString(corpus.resolve("c.jsonl"), "{\"url\":\"https://news.example.org/c\",\"title\":\"Vote\","
        + "\"body\":\"Parliament in London voted on the budget on Wednesday.\"}\n");
    // Accepted by ingest but refused by the analyzer (no letters after cleaning): dead-lettered end to end.
    Files.writeString(corpus.resolve("d.txt"), "Only punctuation\n--- *** ---");
    // Name order puts these first: the warm-up articles.
    Files.writeString(corpus.resolve("0-warm.txt"), "Warm-up one\nThe mayor of Lyon opened a bridge on Sunday.");
    Files.writeString(corpus.resolve("1-warm.txt"), "Warm-up two\nRain fell over Oslo for a week, forecasters said.");
    String bootstrap = TestKafka.bootstrapServers();

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("extract", "--corpus", corpus.toString(), "--bootstrap-servers", bootstrap, "--threads", "2",
            "--warmup", "2", "--copies", "0", "--warmup-time", "PT1S", "--kafka-warmup-passes", "1",
            "--kafka-warmup-time", "PT0S", "--runs", "in-process,end-to-end,corenlp", "--json");

    assertEquals(0, exit, err.toString());
    JsonNode report = AvroJson.mapper().readTree(out.toString());
    assertTrue(report.get("command").asText().startsWith("mediamon bench extract --corpus"), report.toString());
    assertEquals(2, report.get("threads").asInt());
    assertEquals(2, report.get("partitions").asInt());
    assertEquals(bootstrap, report.get("broker").asText());
    assertTrue(report.get("warmup").asText().contains("; 1 unmeasured end-to-end pass(es) of the measured articles"),
        report.toString());
    assertTrue(report.get("warmup").asText().contains("; 2 further articles sent through Kafka"),
        report.toString());
    JsonNode inProcess = report.get("runs").get(0);
    JsonNode endToEnd = report.get("runs").get(1);
    assertEquals("in-process", inProcess.get("name").asText());
    assertEquals("end-to-end", endToEnd.get("name").asText());
    JsonNode reference = report.get("runs").get(2);
    assertEquals("corenlp", reference.get("name").asText());
    assertEquals(4, reference.get("analyzed").asInt(), "plain CoreNLP refuses nothing: " + reference);
    assertTrue(reference.get("tokens").asLong() > 40, reference.toString());
    assertTrue(report.get("inProcessToReference").asDouble() > 0, report.toString());
    assertTrue(report.get("endToEndToReference").asDouble() > 0, report.toString());
    for (JsonNode run : List.of(inProcess, endToEnd)) {
      assertEquals(4, run.get("articles").asInt(), run.toString());
      assertEquals(3, run.get("analyzed").asInt(), run.toString());
      assertEquals(1, run.get("failed").asInt(), run.toString());
      assertEquals(0, run.get("duplicates").asInt(), run.toString());
      assertTrue(run.get("seconds").asDouble() > 0, run.toString());
      assertTrue(run.get("heapPeakMb").asLong() >= run.get("heapAfterGcMb").asLong() / 2, run.toString());
      assertTrue(run.get("heapAfterGcMb").asLong() > 0, run.toString());
    }
    assertTrue(inProcess.get("tokens").asLong() > 40, inProcess.toString());
    assertEquals(inProcess.get("tokens").asLong(), endToEnd.get("tokens").asLong(), "the same text, counted alike");
    assertTrue(endToEnd.get("cpuSecondsByThreadGroup").has("stream threads"), endToEnd.toString());
    assertTrue(inProcess.get("cpuSecondsByThreadGroup").has("analyzer threads"), inProcess.toString());
    assertTrue(report.get("endToEndRatio").asDouble() > 0, report.toString());

    MediamonConfig config = MediamonConfig.defaults().with(Setting.BOOTSTRAP_SERVERS, bootstrap);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      assertTrue(topics.stream().noneMatch(t -> t.startsWith("mediamon-bench-")), "left behind: " + topics);
    }
  }
}
