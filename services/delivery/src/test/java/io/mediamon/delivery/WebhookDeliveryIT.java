package io.mediamon.delivery;

import static io.mediamon.delivery.DeliveryHarness.destination;
import static io.mediamon.delivery.DeliveryHarness.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.delivery.dispatch.DeadLetterWriter;
import io.mediamon.delivery.webhook.WebhookSigner;
import io.mediamon.schema.Alert;
import io.mediamon.schema.DestinationKind;
import io.mediamon.streams.errors.DeadLetters;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class WebhookDeliveryIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static void assertSigned(WebhookReceiver.Request request) {
    long timestamp = Long.parseLong(request.header(WebhookSigner.TIMESTAMP_HEADER));
    assertEquals(new WebhookSigner("topsecret").signature(timestamp, request.body().getBytes(StandardCharsets.UTF_8)),
        request.header(WebhookSigner.SIGNATURE_HEADER));
  }

  private static Map<String, Long> countByKey(List<WebhookReceiver.Request> requests) {
    return requests.stream().collect(Collectors.groupingBy(r -> r.header("Idempotency-Key"), Collectors.counting()));
  }

  @Test
  void eachAlertReachesTheConfiguredWebhookAndItsWatchesDestinationsOnceSigned() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(); DeliveryHarness kafka = new DeliveryHarness()) {
      kafka.settings.put("delivery.webhooks", receiver.uri("/all").toString());
      kafka.settings.put("delivery.allow-private-addresses", "true"); // the watch's receiver is on loopback
      kafka.watch("w-ferries", destination(DestinationKind.WEBHOOK, receiver.uri("/ferries").toString()),
          destination(DestinationKind.SLACK, receiver.uri("/slack").toString()));
      DeliveryService service = kafka.start();
      List<Alert> alerts = List.of(TestAlerts.alert("sty-1", "w-ferries"), TestAlerts.alert("sty-2"),
          TestAlerts.alert("sty-3", "w-ferries", "w-unknown"));
      for (Alert alert : alerts) {
        kafka.send(alert);
      }

      await().atMost(WAIT).until(() -> receiver.requestsTo("/all").size() == 3
          && receiver.requestsTo("/ferries").size() == 2 && receiver.requestsTo("/slack").size() == 2);
      // Once each: nothing more arrives while delivery commits and goes on polling.
      await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
          .until(() -> receiver.requests.size() == 7 && service.pendingCount() == 0);

      assertEquals(Map.of("sty-1/NEW/" + TestAlerts.T0.toEpochMilli(), 1L, "sty-2/NEW/" + TestAlerts.T0.toEpochMilli(),
          1L, "sty-3/NEW/" + TestAlerts.T0.toEpochMilli(), 1L), countByKey(receiver.requestsTo("/all")));
      receiver.requests.forEach(WebhookDeliveryIT::assertSigned);
      assertTrue(receiver.requestsTo("/all").stream().allMatch(r -> r.body().startsWith("{\"eventId\":\"sty-")));
      assertTrue(receiver.requestsTo("/slack").stream().allMatch(r -> r.body().contains("\"blocks\"")));
      await().atMost(WAIT).until(() -> kafka.committed().values().stream().mapToLong(Long::longValue).sum() == 3);
      assertTrue(kafka.deadLetters().isEmpty());
    }
  }

  @Test
  void watchesAddedOrRemovedWhileRunningTakeEffectWithoutARestart() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(); DeliveryHarness kafka = new DeliveryHarness()) {
      kafka.settings.put("delivery.allow-private-addresses", "true");
      DeliveryService service = kafka.start();
      kafka.watch("w-new", destination(DestinationKind.WEBHOOK, receiver.uri("/new").toString()));
      kafka.send(TestAlerts.alert("sty-1", "w-new")); // right after the watch: the reader may not have it yet
      await().atMost(WAIT).until(() -> receiver.requestsTo("/new").size() == 1 && service.pendingCount() == 0);

      kafka.removeWatch("w-new");
      kafka.send(TestAlerts.alert("sty-2", "w-new"));
      await().atMost(WAIT).until(() -> kafka.committed().values().stream().mapToLong(Long::longValue).sum() == 2);
      assertEquals(1, receiver.requests.size(), "a removed watch's destinations get nothing");
      assertTrue(kafka.deadLetters().isEmpty());
    }
  }

  @Test
  void aServerErrorIsRetriedUntilTheReceiverAccepts() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(); DeliveryHarness kafka = new DeliveryHarness()) {
      AtomicInteger calls = new AtomicInteger();
      receiver.status("/flaky", () -> calls.incrementAndGet() == 1 ? 500 : 200);
      kafka.settings.put("delivery.webhooks", receiver.uri("/flaky").toString());
      DeliveryService service = kafka.start();
      kafka.send(TestAlerts.alert("sty-1"));

      await().atMost(WAIT).until(() -> receiver.requestsTo("/flaky").size() == 2 && service.pendingCount() == 0);
      assertEquals(1, countByKey(receiver.requests).size(), "the same alert, the same idempotency key");
      await().atMost(WAIT).until(() -> kafka.committed().values().stream().mapToLong(Long::longValue).sum() == 1);
      assertTrue(kafka.deadLetters().isEmpty());
    }
  }

  @Test
  void eachKindOfFailureEndsInADeadLetterNamingDestinationStatusAndReason() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (WebhookReceiver receiver = new WebhookReceiver(); DeliveryHarness kafka = new DeliveryHarness()) {
      receiver.status("/down", () -> 503);
      receiver.redirect("/moved", "http://localhost:" + receiver.port() + "/admin");
      kafka.settings.put("delivery.webhooks", String.join(",", receiver.uri("/down").toString(),
          "http://127.0.0.1:" + closedPort + "/gone", receiver.uri("/moved").toString()));
      // A watch's webhook on loopback: refused, private addresses are not allowed here.
      kafka.watch("w-1", destination(DestinationKind.WEBHOOK, receiver.uri("/internal").toString()),
          destination(DestinationKind.EMAIL, "not an address"));
      DeliveryService service = kafka.start();
      kafka.send(TestAlerts.alert("sty-1", "w-1"));

      await().atMost(WAIT).until(() -> kafka.deadLetters().size() == 5 && service.pendingCount() == 0);
      Map<String, ConsumerRecord<byte[], byte[]>> byDestination = kafka.deadLetters().stream().collect(
          Collectors.toMap(r -> header(r, DeadLetterWriter.HEADER_DESTINATION), r -> r));
      int port = receiver.port();
      assertEquals(Set.of("WEBHOOK http://127.0.0.1:" + port + "/down", "WEBHOOK http://127.0.0.1:" + closedPort
          + "/gone", "WEBHOOK http://127.0.0.1:" + port + "/moved", "WEBHOOK http://127.0.0.1:" + port + "/internal",
          "EMAIL not an address"), byDestination.keySet());

      ConsumerRecord<byte[], byte[]> down = byDestination.get("WEBHOOK http://127.0.0.1:" + port + "/down");
      assertEquals("503", header(down, DeadLetterWriter.HEADER_LAST_STATUS));
      assertEquals("3", header(down, DeadLetterWriter.HEADER_ATTEMPTS), "the first try and delivery.retries=2");
      assertEquals(3, receiver.requestsTo("/down").size());
      assertTrue(header(down, DeadLetters.HEADER_REASON).contains("answered 503"));
      assertEquals("delivery", header(down, DeadLetters.HEADER_STAGE));
      assertEquals(kafka.prefix + "-alerts", header(down, DeadLetters.HEADER_SOURCE_TOPIC));
      assertEquals("sty-1/NEW/" + TestAlerts.T0.toEpochMilli(), header(down, DeadLetterWriter.HEADER_IDEMPOTENCY_KEY));
      assertEquals("sty-1", new String(down.key(), StandardCharsets.UTF_8), "the original key");
      assertEquals("sty-1", kafka.topics().alerts().valueSerde().deserializer()
          .deserialize("t", down.value()).getEventId(), "the original value, replayable");

      ConsumerRecord<byte[], byte[]> gone = byDestination.get("WEBHOOK http://127.0.0.1:" + closedPort + "/gone");
      assertEquals("none", header(gone, DeadLetterWriter.HEADER_LAST_STATUS));
      assertEquals("3", header(gone, DeadLetterWriter.HEADER_ATTEMPTS));
      assertTrue(header(gone, DeadLetters.HEADER_REASON).startsWith("cannot reach"));

      ConsumerRecord<byte[], byte[]> moved = byDestination.get("WEBHOOK http://127.0.0.1:" + port + "/moved");
      assertEquals("redirect", header(moved, DeadLetterWriter.HEADER_LAST_STATUS));
      assertEquals("1", header(moved, DeadLetterWriter.HEADER_ATTEMPTS), "a refusal is not retried");
      assertTrue(header(moved, DeadLetters.HEADER_REASON).contains("a loopback address"));
      assertTrue(receiver.requestsTo("/admin").isEmpty());

      ConsumerRecord<byte[], byte[]> internal = byDestination.get("WEBHOOK http://127.0.0.1:" + port + "/internal");
      assertTrue(header(internal, DeadLetters.HEADER_REASON).contains("delivery.allow-private-addresses=true"));
      assertTrue(receiver.requestsTo("/internal").isEmpty());

      assertTrue(header(byDestination.get("EMAIL not an address"), DeadLetters.HEADER_REASON)
          .contains("not an e-mail address"));
      await().atMost(WAIT).until(() -> kafka.committed().values().stream().mapToLong(Long::longValue).sum() == 1);
    }
  }

  @Test
  void aSlowReceiverDelaysNoOtherAndHoldsOnlyItsOwnCommit() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(); DeliveryHarness kafka = new DeliveryHarness()) {
      receiver.gate("/slow"); // every request waits until the test ends (60 s at most): a 30 s receiver and worse
      kafka.settings.put("delivery.webhooks", receiver.uri("/slow") + "," + receiver.uri("/fast"));
      kafka.settings.put("delivery.timeout-ms", "60000");
      kafka.settings.put("delivery.concurrency", "1");
      DeliveryService service = kafka.start();
      for (int i = 1; i <= 5; i++) {
        kafka.send(TestAlerts.alert("sty-" + i));
      }

      await().atMost(Duration.ofSeconds(20)).until(() -> receiver.requestsTo("/fast").size() == 5);
      assertEquals(1, receiver.requestsTo("/slow").size(), "one request in flight (delivery.concurrency=1)");
      assertEquals(5, service.pendingCount(), "no alert is done before the slow receiver accepted it");
      assertEquals(0L, kafka.committed().values().stream().mapToLong(Long::longValue).sum(),
          "nothing committed past an alert the slow receiver has not accepted");
    }
  }

  @Test
  void aRecordThatIsNotAnAlertIsDeadLetteredAndTheNextOneDelivered() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(); DeliveryHarness kafka = new DeliveryHarness()) {
      kafka.settings.put("delivery.webhooks", receiver.uri("/all").toString());
      kafka.start();
      kafka.sendRaw("sty-1".getBytes(StandardCharsets.UTF_8), "{not avro".getBytes(StandardCharsets.UTF_8));
      kafka.send(TestAlerts.alert("sty-1"));

      await().atMost(WAIT).until(() -> receiver.requestsTo("/all").size() == 1 && kafka.deadLetters().size() == 1);
      ConsumerRecord<byte[], byte[]> dead = kafka.deadLetters().get(0);
      assertTrue(header(dead, DeadLetters.HEADER_REASON).startsWith("not a readable alert"),
          header(dead, DeadLetters.HEADER_REASON));
      assertEquals("{not avro", new String(dead.value(), StandardCharsets.UTF_8));
    }
  }
}
