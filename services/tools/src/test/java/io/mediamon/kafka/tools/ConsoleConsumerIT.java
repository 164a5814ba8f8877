package io.mediamon.kafka.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.json.SampleRecords;
import io.mediamon.kafka.testing.TestKafka;
import io.mediamon.streams.errors.DeadLetters;
import io.mediamon.streams.errors.PoisonValues;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kafka's own console consumer ({@code org.apache.kafka.tools.consumer.ConsoleConsumer}, what
 * kafka-console-consumer.sh runs) in a process of its own, on Kafka's class path plus the shaded mediamon-tools jar
 * and nothing else of mediamon's, reading records produced to the test broker.
 */
class ConsoleConsumerIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static String bootstrap;
  private static String prefix;
  private static String records;
  private static String deadLetter;

  @BeforeAll
  static void produce() throws Exception {
    bootstrap = TestKafka.bootstrapServers();
    prefix = TestKafka.uniqueName("console");
    records = prefix + ".records";
    deadLetter = prefix + ".dead-letter";
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin.createTopics(List.of(new NewTopic(records, 1, (short) 1), new NewTopic(deadLetter, 1, (short) 1)))
          .all().get();
    }
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      for (SampleRecords.Sample sample : SampleRecords.all()) {
        producer.send(new ProducerRecord<>(records, utf8(sample.id()),
            MediamonJsonFormatterTest.bytes(sample.record()))).get();
      }
      producer.send(new ProducerRecord<>(records, utf8("poison"), PoisonValues.garbage())).get();
      RecordHeaders headers = new RecordHeaders();
      headers.add(DeadLetters.HEADER_STAGE, utf8("deserialization"));
      headers.add(DeadLetters.HEADER_REASON, utf8("not an Avro single-object encoded RawArticle"));
      producer.send(new ProducerRecord<>(deadLetter, null, utf8("art-9"), PoisonValues.text(), headers)).get();
    }
  }

  @Test
  void formatterPrintsEveryRecordAsJson() throws Exception {
    List<JsonNode> lines = consoleConsumer(List.of("--include", prefix.replace(".", "\\.") + "\\..*",
        "--max-messages", "9",
        "--formatter", "io.mediamon.kafka.tools.MediamonJsonFormatter",
        "--formatter-property", "topic.dead-letter=" + deadLetter));
    assertEquals(9, lines.size(), lines.toString());
    List<JsonNode> fromRecords = lines.stream().filter(l -> l.get("topic").asText().equals(records)).toList();
    List<SampleRecords.Sample> samples = SampleRecords.all();
    for (int i = 0; i < samples.size(); i++) {
      JsonNode line = fromRecords.get(i);
      assertEquals(i, line.get("offset").asLong());
      assertEquals(samples.get(i).id(), line.get("key").asText());
      assertEquals(samples.get(i).id(), line.get("value").get(samples.get(i).idField()).asText(), line.toString());
      assertFalse(line.has("error"), line.toString());
    }
    JsonNode poison = fromRecords.get(samples.size());
    assertTrue(poison.get("error").asText().startsWith("undecodable value"), poison.toString());
    JsonNode dead = lines.stream().filter(l -> l.get("topic").asText().equals(deadLetter)).findFirst().orElseThrow();
    assertEquals("deserialization", dead.get("headers").get(DeadLetters.HEADER_STAGE).asText(), dead.toString());
    assertEquals(new String(PoisonValues.text(), StandardCharsets.UTF_8), dead.get("value").asText());
    assertFalse(dead.has("error"), dead.toString());
  }

  @Test
  void valueDeserializerPrintsTheValuesAsJson() throws Exception {
    List<String> lines = consoleConsumerLines(List.of("--topic", records, "--max-messages", "8",
        "--value-deserializer", "io.mediamon.kafka.tools.MediamonJsonDeserializer",
        "--formatter-property", "print.key=true"));
    assertEquals(8, lines.size(), lines.toString());
    List<SampleRecords.Sample> samples = SampleRecords.all();
    for (int i = 0; i < samples.size(); i++) {
      String[] keyAndValue = lines.get(i).split("\t", 2);
      assertEquals(samples.get(i).id(), keyAndValue[0]);
      assertEquals(samples.get(i).id(), MAPPER.readTree(keyAndValue[1]).get(samples.get(i).idField()).asText());
    }
    assertTrue(MAPPER.readTree(lines.get(7).split("\t", 2)[1]).has("error"), lines.get(7));
  }

  private static List<JsonNode> consoleConsumer(List<String> args) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : consoleConsumerLines(args)) {
      nodes.add(MAPPER.readTree(line));
    }
    return nodes;
  }

  /** Runs ConsoleConsumer as kafka-console-consumer.sh would, from the beginning, read committed, 60 s at most. */
  private static List<String> consoleConsumerLines(List<String> args) throws Exception {
    String jar = System.getProperty("mediamon.tools.jar");
    String kafkaClasspath = Files.readString(Path.of(System.getProperty("kafka.tools.classpath"))).trim();
    assertTrue(Files.isRegularFile(Path.of(jar)), "the shaded jar is built before the ITs: " + jar);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", jar + File.pathSeparator + kafkaClasspath,
        "org.apache.kafka.tools.consumer.ConsoleConsumer",
        "--bootstrap-server", bootstrap, "--from-beginning", "--timeout-ms", "30000",
        "--command-property", "isolation.level=read_committed"));
    command.addAll(args);
    Path out = Files.createTempFile("console-consumer", ".out");
    Path err = Files.createTempFile("console-consumer", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      assertTrue(process.waitFor(90, TimeUnit.SECONDS), "console consumer did not stop: " + Files.readString(err));
      assertEquals(0, process.exitValue(), Files.readString(err));
      return Files.readAllLines(out).stream().filter(l -> !l.isBlank()).toList();
    } finally {
      process.destroyForcibly();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
