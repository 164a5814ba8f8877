package io.mediamon.delivery.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.delivery.TestAlerts;
import io.mediamon.delivery.WebhookReceiver;
import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.dispatch.Attempt;
import io.mediamon.delivery.dispatch.ReceivedAlert;
import io.mediamon.net.PrivateAddressGuard;
import io.mediamon.schema.DestinationKind;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1764489600L), ZoneOffset.UTC);
  private final ReceivedAlert alert = TestAlerts.received(TestAlerts.alert("sty-1"), 7);

  private static WebhookSender sender(PrivateAddressGuard guard, Duration timeout) {
    return new WebhookSender(timeout, new WebhookSigner("topsecret"), guard, CLOCK);
  }

  private static WebhookSender publicOnly() {
    return sender(PrivateAddressGuard.publicOnly("test rule"), Duration.ofSeconds(5));
  }

  @Test
  void postsTheSignedJsonDocumentWithItsIdempotencyKey() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Destination hook = new Destination(DestinationKind.WEBHOOK, receiver.uri("/hook").toString(), true);

      Attempt attempt = publicOnly().send(hook, List.of(alert));

      assertEquals(Attempt.accepted("200"), attempt);
      WebhookReceiver.Request request = receiver.requests.get(0);
      assertEquals(alert.json(), request.body());
      assertEquals("sty-1/NEW/" + TestAlerts.T0.toEpochMilli(), request.header("Idempotency-Key"));
      assertEquals("1764489600", request.header("X-Mediamon-Timestamp"));
      assertEquals(new WebhookSigner("topsecret").signature(1764489600L,
          request.body().getBytes(StandardCharsets.UTF_8)), request.header("X-Mediamon-Signature"));
      assertTrue(request.header("Content-Type").startsWith("application/json"));
    }
  }

  @Test
  void slackGetsItsOwnPayload() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Destination slack = new Destination(DestinationKind.SLACK, receiver.uri("/services/T/B/X").toString(), true);
      assertEquals(Attempt.Outcome.ACCEPTED, publicOnly().send(slack, List.of(alert)).outcome());
      String body = receiver.requests.get(0).body();
      assertTrue(body.startsWith("{\"text\":") && body.contains("\"blocks\""), body);
    }
  }

  @Test
  void serverErrorsAndThrottlingAreRetriedOtherClientErrorsAreNot() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.status("/500", () -> 500).status("/429", () -> 429).status("/404", () -> 404);
      WebhookSender sender = publicOnly();
      for (String path : List.of("/500", "/429")) {
        Attempt attempt = sender.send(new Destination(DestinationKind.WEBHOOK, receiver.uri(path).toString(), true),
            List.of(alert));
        assertEquals(Attempt.Outcome.RETRY, attempt.outcome(), path);
        assertEquals(path.substring(1), attempt.status());
      }
      Attempt notFound = sender.send(new Destination(DestinationKind.WEBHOOK, receiver.uri("/404").toString(), true),
          List.of(alert));
      assertEquals(Attempt.Outcome.GIVE_UP, notFound.outcome());
      assertTrue(notFound.reason().contains("answered 404"), notFound.reason());
    }
  }

  @Test
  void aWatchsWebhookOnAPrivateAddressIsRefusedWithoutARequest() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Destination fromWatch = new Destination(DestinationKind.WEBHOOK, receiver.uri("/hook").toString(), false);

      Attempt attempt = publicOnly().send(fromWatch, List.of(alert));

      assertEquals(Attempt.Outcome.GIVE_UP, attempt.outcome());
      assertTrue(attempt.reason().contains("a loopback address (test rule)"), attempt.reason());
      assertEquals(0, receiver.requests.size());
      assertEquals(Attempt.Outcome.ACCEPTED, sender(PrivateAddressGuard.allowAll(), Duration.ofSeconds(5))
          .send(fromWatch, List.of(alert)).outcome(), "allowed by delivery.allow-private-addresses");
    }
  }

  @Test
  void aRedirectToAnotherPrivateHostIsRefused() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.redirect("/hook", "http://localhost:" + receiver.port() + "/admin");
      Destination configured = new Destination(DestinationKind.WEBHOOK, receiver.uri("/hook").toString(), true);

      Attempt attempt = publicOnly().send(configured, List.of(alert));

      assertEquals(Attempt.Outcome.GIVE_UP, attempt.outcome());
      assertEquals("redirect", attempt.status());
      assertTrue(attempt.reason().contains("localhost is 127.0.0.1, a loopback address"), attempt.reason());
      assertTrue(receiver.requestsTo("/admin").isEmpty(), "never requested");
    }
  }

  @Test
  void aRedirectToAnAllowedHostIsFollowedWithThePost() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.redirect("/old", "/new");
      Destination configured = new Destination(DestinationKind.WEBHOOK, receiver.uri("/old").toString(), true);
      assertEquals(Attempt.Outcome.ACCEPTED, publicOnly().send(configured, List.of(alert)).outcome());
      assertEquals(alert.json(), receiver.requestsTo("/new").get(0).body());
    }
  }

  @Test
  void anUnreachableEndpointIsRetried() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Destination gone = new Destination(DestinationKind.WEBHOOK, "http://127.0.0.1:" + closedPort + "/hook", true);
    Attempt attempt = publicOnly().send(gone, List.of(alert));
    assertEquals(Attempt.Outcome.RETRY, attempt.outcome());
    assertEquals("none", attempt.status());
    assertTrue(attempt.reason().startsWith("cannot reach http://127.0.0.1:" + closedPort), attempt.reason());
  }

  @Test
  void aReceiverSlowerThanTheTimeoutIsAFailedAttempt() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      CountDownLatch gate = receiver.gate("/slow");
      Destination slow = new Destination(DestinationKind.WEBHOOK, receiver.uri("/slow").toString(), true);

      Attempt attempt = sender(PrivateAddressGuard.publicOnly("test rule"), Duration.ofMillis(300))
          .send(slow, List.of(alert));
      gate.countDown();

      assertEquals(Attempt.Outcome.RETRY, attempt.outcome());
      assertTrue(attempt.reason().contains("within 300 ms"), attempt.reason());
    }
  }
}
