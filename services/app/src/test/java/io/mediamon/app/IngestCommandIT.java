package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.MediamonConfig;
import io.mediamon.kafka.testing.TestKafka;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.MediamonTopics;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ingest files} against the real broker: good input lands on the raw topic, bad input is named. */
class IngestCommandIT {
  @TempDir
  Path dir;

  @Test
  void filesLandOnTheRawTopicAndBadLinesAreReportedWithPathAndLine() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Headline A\n\nBody A.");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("b.jsonl.gz")))) {
      out.write(("{\"url\": \"https://example.org/b1\", \"body\": \"Body B1\"}\n{\"body\": \n"
          + "{\"url\": \"https://example.org/b3\", \"html\": \"<p>B3</p>\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(corpus.resolve("c.json"), "{\"title\": \"no body\"}");
    Files.writeString(corpus.resolve("d.jsonl"), "{\"url\": \"https://example.org/huge\", \"body\": \""
        + "word ".repeat(300_000) + "\"}\n"); // over the 1 MiB record limit: refused, not a failed run
    Files.writeString(corpus.resolve("ignored.csv"), "not an article");

    Map<String, String> settings = ItConfigs.uniqueSettings(dir.resolve("state"));
    List<String> args = new ArrayList<>(List.of("files", "--progress", "log", "--bootstrap-servers",
        TestKafka.bootstrapServers(), "--set", "topic.raw=" + settings.get("topic.raw"), corpus.toString()));
    IngestCommandTest.Result r = IngestCommandTest.run(args.toArray(String[]::new));

    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(corpus.resolve("b.jsonl.gz") + ":2: invalid JSON"), r.err());
    assertTrue(r.err().contains(corpus.resolve("c.json") + ": missing field: body or html"), r.err());
    assertTrue(r.err().contains(corpus.resolve("d.jsonl") + ": article u-"), r.err());
    assertTrue(r.err().contains("over the limit of 1048576 bytes"), r.err());
    assertTrue(r.err().contains("ingest: 4/4 files (100%), 3 articles"), r.err());
    assertTrue(r.err().contains("ingested 3 article(s) from 4 file(s) into " + settings.get("topic.raw")
        + "; 3 problem(s)"), r.err());

    List<String> bodies = readBodies(MediamonConfig.defaults().with(settings), 3);
    assertEquals(List.of("<p>B3</p>", "Body A.", "Body B1"), bodies.stream().sorted().toList());
  }

  @Test
  void servePutsPushedArticlesOnTheRawTopicUntilStopped() throws Exception {
    Map<String, String> settings = ItConfigs.uniqueSettings(dir.resolve("state"));
    Path tokenFile = Files.writeString(dir.resolve("token"), "cli-token\n");
    CommandLine commandLine = new CommandLine(new IngestCommand());
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute("serve", "--port", "0",
        "--token-file", tokenFile.toString(), "--bootstrap-servers", TestKafka.bootstrapServers(), "--set",
        "topic.raw=" + settings.get("topic.raw")));
    Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/articles");
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listening.matcher(err.toString()).find()
        || exit.isDone());
    Matcher m = listening.matcher(err.toString());
    assertTrue(m.find(), err.toString());
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1) + "/articles"))
            .header("Authorization", "Bearer cli-token")
            .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Pushed\", \"body\": \"Pushed body\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(202, response.statusCode(), response.body());

    ((IngestCommand.ServeCommand) commandLine.getSubcommands().get("serve").getCommand()).stopped.countDown();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    assertEquals(List.of("Pushed body"), readBodies(MediamonConfig.defaults().with(settings), 1));
  }

  @Test
  void watchPublishesEachFileDroppedIntoTheDirectoryOnceUntilStopped() throws Exception {
    Map<String, String> settings = ItConfigs.uniqueSettings(dir.resolve("state"));
    Path drop = Files.createDirectories(dir.resolve("drop"));
    CommandLine commandLine = new CommandLine(new IngestCommand());
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute("files", "--watch",
        "--watch-interval", "PT0.5S", "--bootstrap-servers", TestKafka.bootstrapServers(), "--set",
        "topic.raw=" + settings.get("topic.raw"), drop.toString()));
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> err.toString().contains("watching " + drop)
        || exit.isDone());
    assertTrue(err.toString().contains("watching " + drop), err.toString());

    // Written elsewhere and moved in, as a careful producer does; the watch waits for a file to settle anyway.
    Path staged = Files.writeString(dir.resolve("dropped.jsonl"),
        "{\"title\": \"Dropped\", \"body\": \"Dropped body\", \"tags\": [\"desk\"]}\n");
    Files.move(staged, drop.resolve("dropped.jsonl"));
    Files.writeString(drop.resolve("broken.json"), "{not json");
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(drop.resolve(".done/dropped.jsonl"))
        && Files.exists(drop.resolve(".failed/broken.json.reason")));

    ((IngestCommand.FilesCommand) commandLine.getSubcommands().get("files").getCommand()).stopped.countDown();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS), err.toString());
    assertTrue(err.toString().contains("stopped watching"), err.toString());
    assertEquals(List.of("Dropped body"), readBodies(MediamonConfig.defaults().with(settings), 1));
    assertTrue(Files.readString(drop.resolve(".failed/broken.json.reason")).contains("invalid JSON"));
  }

  private static List<String> readBodies(MediamonConfig config, int expected) {
    MediamonTopics topics = MediamonTopics.from(config);
    Properties props = config.kafkaClientProperties();
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, TestKafka.uniqueName("ingest-reader"));
    List<String> bodies = new ArrayList<>();
    try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(props,
        topics.raw().keySerde().deserializer(), topics.raw().valueSerde().deserializer())) {
      consumer.subscribe(List.of(topics.raw().name()));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (bodies.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(record -> bodies.add(record.value().getBody()));
      }
    }
    return bodies;
  }
}
