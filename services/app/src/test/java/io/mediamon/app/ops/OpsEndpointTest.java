package io.mediamon.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpsEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final AtomicReference<String> brokerProblem = new AtomicReference<>();
  private OpsEndpoint endpoint;

  private static ReadinessCheck check(String name, AtomicReference<String> problem) {
    return new ReadinessCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<String> problem() {
        return Optional.ofNullable(problem.get());
      }
    };
  }

  @AfterEach
  void close() {
    endpoint.close();
  }

  @Test
  void readyIs503NamingEachFailingCheckAnd200OnceTheyPass() throws Exception {
    AtomicReference<String> correlator = new AtomicReference<>("state REBALANCING");
    brokerProblem.set("not answering for 40 s");
    endpoint = new OpsEndpoint("127.0.0.1", 0, new Readiness(List.of(check("brokers", brokerProblem),
        check("correlator", correlator), check("alerter", new AtomicReference<>()))), null);

    HttpResponse<String> notReady = get("/ready");
    assertEquals(503, notReady.statusCode());
    JsonNode body = JSON.readTree(notReady.body());
    assertEquals(false, body.get("ready").asBoolean());
    assertEquals("not answering for 40 s", body.get("problems").get("brokers").asText());
    assertEquals("state REBALANCING", body.get("problems").get("correlator").asText());
    assertEquals(2, body.get("problems").size());

    brokerProblem.set(null);
    correlator.set(null);
    HttpResponse<String> ready = get("/ready");
    assertEquals(200, ready.statusCode());
    assertEquals(true, JSON.readTree(ready.body()).get("ready").asBoolean());
  }

  @Test
  void healthIsUpWhateverTheReadinessAndOtherPathsAndMethodsAreRefused() throws Exception {
    brokerProblem.set("not answering");
    endpoint = new OpsEndpoint("127.0.0.1", 0, new Readiness(List.of(check("brokers", brokerProblem))),
        () -> "# TYPE up gauge\nup 1.0\n");

    assertEquals(200, get("/health").statusCode());
    HttpResponse<String> metrics = get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertEquals("# TYPE up gauge\nup 1.0\n", metrics.body());
    assertEquals(404, get("/admin").statusCode());
    HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/ready"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + endpoint.port() + path);
  }
}
