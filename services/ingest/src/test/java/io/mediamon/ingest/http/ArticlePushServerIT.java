package io.mediamon.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.kafka.testing.TestKafka;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.MediamonTopics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/** A 202 means the articles are on the real raw topic, keyed by their ids. */
class ArticlePushServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void acceptedArticlesAreOnTheRawTopic() throws Exception {
    MediamonConfig config = MediamonConfig.defaults().with(Map.of(
        Setting.BOOTSTRAP_SERVERS.key(), TestKafka.bootstrapServers(),
        Setting.TOPIC_RAW.key(), TestKafka.uniqueName("push-raw")));
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = Admin.create(config.kafkaClientProperties())) {
      admin.createTopics(List.of(new NewTopic(topics.raw().name(), 2, (short) 1))).all().get();
    }
    HttpResponse<String> response;
    try (KafkaArticleSink sink = new KafkaArticleSink(config, topics.raw(), Duration.ofSeconds(20));
        ArticlePushServer server = new ArticlePushServer("127.0.0.1", 0, "it-token", PushLimits.defaults(1 << 20).withThreads(2), sink,
            new ArticleFileReader("push", Clock.systemUTC()))) {
      String ndjson = """
          {"url": "https://example.org/a", "title": "A", "body": "Body A", "source": "Wire"}
          {"title": "B", "body": "Body B"}
          """;
      response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
              .header("Authorization", "Bearer it-token")
              .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    assertEquals(202, response.statusCode(), response.body());
    JsonNode ids = JSON.readTree(response.body()).get("ids");

    Properties props = config.kafkaClientProperties();
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, TestKafka.uniqueName("push-reader"));
    List<ConsumerRecord<String, RawArticle>> records = new ArrayList<>();
    try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(props,
        topics.raw().keySerde().deserializer(), topics.raw().valueSerde().deserializer())) {
      consumer.subscribe(List.of(topics.raw().name()));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (records.size() < 2 && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    }
    assertEquals(2, records.size());
    records.sort((a, b) -> a.value().getTitle().compareTo(b.value().getTitle()));
    assertEquals(ids.get(0).asText(), records.get(0).key());
    assertEquals("Wire", records.get(0).value().getSource());
    assertEquals("https://example.org/a", records.get(0).value().getUrl());
    assertEquals(ids.get(1).asText(), records.get(1).key());
    assertEquals("push", records.get(1).value().getSource());
  }
}
