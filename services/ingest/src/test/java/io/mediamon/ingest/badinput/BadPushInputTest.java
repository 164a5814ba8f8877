package io.mediamon.ingest.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.http.ArticlePushServer;
import io.mediamon.ingest.http.PushLimits;
import io.mediamon.ingest.http.ArticleSink;
import io.mediamon.schema.RawArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One class of bad push request each: a 4xx with a JSON error, nothing stored (a request is all or nothing), and a
 * good push right after it is still accepted.
 */
class BadPushInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "corpus-token";
  private static final int MAX_BYTES = 8192;
  private static final String GOOD = "{\"url\": \"https://example.org/good\", \"body\": \"Good body.\"}";

  // One server for all cases.
  private static final List<RawArticle> stored = new CopyOnWriteArrayList<>();
  private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static ArticlePushServer server;

  /** A request and the status it must get. */
  record BadRequest(String label, String method, String path, String authorization, String body, int status) {
    @Override
    public String toString() {
      return label + " → " + status;
    }
  }

  static BadRequest post(String label, String body, int status) {
    return new BadRequest(label, "POST", "/articles", "Bearer " + TOKEN, body, status);
  }

  static Stream<Arguments> badRequests() {
    String ok = "\"body\": \"Body.\"";
    return Stream.of(
        post("empty body", "", 400),
        post("invalid JSON", "{\"body\": ", 400),
        post("a number", "42", 400),
        post("no body or html", "{\"title\": \"t\"}", 400),
        post("javascript: URL", "{\"url\": \"javascript:alert(1)\", " + ok + "}", 400),
        post("file: URL", "{\"url\": \"file://host/etc/shadow\", " + ok + "}", 400),
        post("gopher: URL", "{\"url\": \"gopher://example.org/\", " + ok + "}", 400),
        post("year 9999", "{\"publishedAt\": \"9999-01-01T00:00:00Z\", " + ok + "}", 400),
        post("date in words", "{\"publishedAt\": \"last Tuesday\", " + ok + "}", 400),
        post("tags as a string", "{\"tags\": \"politics\", " + ok + "}", 400),
        post("NDJSON with one bad line", GOOD + "\n{\"title\": \"no body\"}\n", 400),
        post("array with one bad element", "[" + GOOD + ", {\"url\": \"ftp://x.org/a\", " + ok + "}]", 400),
        post("body over the limit", "{" + ok + ", \"title\": \"" + "x".repeat(MAX_BYTES) + "\"}", 413),
        new BadRequest("no token", "POST", "/articles", null, GOOD, 401),
        new BadRequest("wrong token", "POST", "/articles", "Bearer wrong", GOOD, 401),
        new BadRequest("GET on /articles", "GET", "/articles", "Bearer " + TOKEN, null, 405),
        new BadRequest("unknown path", "POST", "/admin", "Bearer " + TOKEN, GOOD, 404))
        .map(Arguments::of);
  }

  @BeforeAll
  static void start() throws Exception {
    ArticleSink sink = stored::addAll;
    server = new ArticlePushServer("127.0.0.1", 0, TOKEN, PushLimits.defaults(MAX_BYTES).withThreads(2), sink,
        new ArticleFileReader("push", Clock.systemUTC()));
  }

  @BeforeEach
  void clear() {
    stored.clear();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void aBadRequestGetsA4xxWithAReasonStoresNothingAndTheNextGoodOneIsAccepted(BadRequest bad) throws Exception {
    HttpResponse<String> response = send(bad.method(), bad.path(), bad.authorization(), bad.body());
    assertEquals(bad.status(), response.statusCode(), response.body());
    assertFalse(JSON.readTree(response.body()).get("error").asText().isBlank(), response.body());
    assertTrue(stored.isEmpty(), "nothing stored: " + stored);

    HttpResponse<String> good = send("POST", "/articles", "Bearer " + TOKEN, GOOD);
    assertEquals(202, good.statusCode(), good.body());
    assertEquals(1, stored.size());
  }

  private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
