package io.mediamon.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.ArticleIds;
import io.mediamon.schema.RawArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticlePushServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "s3cret-token";
  private static final int MAX_BYTES = 4096;

  /** Stores in memory; can be switched to refuse, as Kafka does when unreachable. */
  private static final class MemorySink implements ArticleSink {
    final List<RawArticle> stored = Collections.synchronizedList(new ArrayList<>());
    volatile boolean down;
    volatile boolean tooLarge;

    @Override
    public void storeAll(List<RawArticle> articles) {
      if (down) {
        throw new SinkUnavailableException("broker unreachable", null);
      }
      if (tooLarge) {
        throw new ArticleTooLargeException("article c-2 is 3000000 bytes as a record, over the limit");
      }
      stored.addAll(articles);
    }
  }

  private final MemorySink sink = new MemorySink();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ArticlePushServer server;

  @BeforeEach
  void start() throws Exception {
    server = new ArticlePushServer("127.0.0.1", 0, TOKEN, PushLimits.defaults(MAX_BYTES).withThreads(2), sink,
        new ArticleFileReader("push", Clock.systemUTC()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String article(int n) {
    return "{\"url\": \"https://example.org/news/" + n + "\", \"title\": \"Title " + n
        + "\", \"body\": \"Body of article " + n + ".\", \"publishedAt\": \"2026-11-29T10:00:00Z\"}";
  }

  private HttpResponse<String> post(String body, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/articles"))
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String body) throws Exception {
    return post(body, "Bearer " + TOKEN);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String error(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).get("error").asText();
  }

  @Test
  void singleArticleIsStoredAndItsIdReturned() throws Exception {
    HttpResponse<String> response = post(article(1));
    assertEquals(202, response.statusCode(), response.body());
    JsonNode answer = JSON.readTree(response.body());
    assertEquals(1, answer.get("count").asInt());
    assertEquals(ArticleIds.fromUrl("https://example.org/news/1"), answer.get("ids").get(0).asText());
    assertEquals(1, sink.stored.size());
    assertEquals("Title 1", sink.stored.get(0).getTitle());
    assertEquals("push", sink.stored.get(0).getSource());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void arrayGivesOneArticlePerElementInOrder() throws Exception {
    HttpResponse<String> response = post("[" + article(1) + ",\n" + article(2) + "]");
    assertEquals(202, response.statusCode(), response.body());
    JsonNode ids = JSON.readTree(response.body()).get("ids");
    assertEquals(ArticleIds.fromUrl("https://example.org/news/1"), ids.get(0).asText());
    assertEquals(ArticleIds.fromUrl("https://example.org/news/2"), ids.get(1).asText());
    assertEquals(2, sink.stored.size());
  }

  @Test
  void ndjsonGivesOneArticlePerLine() throws Exception {
    HttpResponse<String> response = post(article(1) + "\n" + article(2) + "\n\n" + article(3) + "\n");
    assertEquals(202, response.statusCode(), response.body());
    assertEquals(3, JSON.readTree(response.body()).get("count").asInt());
    assertEquals(List.of("Title 1", "Title 2", "Title 3"), sink.stored.stream().map(RawArticle::getTitle).toList());
  }

  @Test
  void invalidJsonIs400WithTheLineAndNothingIsStored() throws Exception {
    HttpResponse<String> response = post(article(1) + "\n" + article(2) + "\n{\"url\": \"https://example.org/x\", body\n");
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(error(response).startsWith("invalid JSON at line 3"), error(response));
    assertTrue(sink.stored.isEmpty(), "all or nothing: valid lines before the bad one are not stored either");
  }

  @Test
  void missingFieldIs400NamingTheFieldAndTheLine() throws Exception {
    HttpResponse<String> response = post(article(1) + "\n{\"url\": \"https://example.org/2\", \"title\": \"T\"}\n");
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("line 2: missing field: body or html", error(response));
    assertTrue(sink.stored.isEmpty());
  }

  @Test
  void badArrayItemIs400NamingItsIndex() throws Exception {
    HttpResponse<String> response = post("[" + article(1) + ", {\"body\": \"x\", \"publishedAt\": \"yesterday\"}]");
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(error(response).startsWith("item at index 1: publishedAt 'yesterday'"), error(response));
  }

  @Test
  void emptyBodyIs400() throws Exception {
    HttpResponse<String> response = post("  \n");
    assertEquals(400, response.statusCode());
    assertTrue(error(response).startsWith("empty body"), error(response));
  }

  @Test
  void bodyOverTheLimitIs413() throws Exception {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; ndjson.length() <= MAX_BYTES; i++) {
      ndjson.append(article(i)).append('\n');
    }
    HttpResponse<String> response = post(ndjson.toString());
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(error(response).contains(String.valueOf(MAX_BYTES)));
    assertTrue(sink.stored.isEmpty());
  }

  @Test
  void bodyExactlyAtTheLimitIsAccepted() throws Exception {
    String one = article(1);
    String padded = one + " ".repeat(MAX_BYTES - one.length());
    assertEquals(202, post(padded).statusCode());
  }

  @Test
  void missingOrWrongTokenIs401() throws Exception {
    for (String authorization : new String[] {null, "Bearer wrong", "Bearer " + TOKEN + "x", "Basic " + TOKEN}) {
      HttpResponse<String> response = post(article(1), authorization);
      assertEquals(401, response.statusCode(), String.valueOf(authorization));
      assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
    }
    assertTrue(sink.stored.isEmpty());
  }

  @Test
  void healthIs200WithoutToken() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals("ok", JSON.readTree(response.body()).get("status").asText());
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> get = client.send(HttpRequest.newBuilder(uri("/articles"))
        .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    HttpResponse<String> postHealth = client.send(HttpRequest.newBuilder(uri("/health"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, postHealth.statusCode());
  }

  @Test
  void unknownPathIs404() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/articlesx")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(404, response.statusCode());
  }

  @Test
  void anArticleTheSinkCanNeverStoreIs413NotARetry() throws Exception {
    sink.tooLarge = true;
    HttpResponse<String> response = post(article(1));
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(error(response).contains("over the limit"), response.body());
    assertTrue(response.headers().firstValue("Retry-After").isEmpty());
  }

  @Test
  void unavailableSinkIs503() throws Exception {
    sink.down = true;
    HttpResponse<String> response = post(article(1));
    assertEquals(503, response.statusCode(), response.body());
    assertTrue(error(response).contains("broker unreachable"));
    assertEquals("5", response.headers().firstValue("Retry-After").orElse(""));
  }
}
