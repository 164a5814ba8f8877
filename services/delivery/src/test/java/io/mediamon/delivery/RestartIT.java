package io.mediamon.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RestartIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static long committedTotal(DeliveryHarness kafka) throws Exception {
    return kafka.committed().values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void aRestartDeliversAgainNothingAcceptedAndSkipsNothing() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(); DeliveryHarness kafka = new DeliveryHarness()) {
      AtomicBoolean accepting = new AtomicBoolean(true);
      receiver.status("/hook", () -> accepting.get() ? 200 : 503);
      kafka.settings.put("delivery.webhooks", receiver.uri("/hook").toString());
      kafka.settings.put("delivery.retries", "1000"); // still retrying when the service stops
      DeliveryService first = kafka.start();
      kafka.send(TestAlerts.alert("sty-a"));
      kafka.send(TestAlerts.alert("sty-b"));
      await().atMost(WAIT).until(() -> receiver.requests.size() == 2 && committedTotal(kafka) == 2);

      accepting.set(false);
      kafka.send(TestAlerts.alert("sty-c"));
      await().atMost(WAIT).until(() -> receiver.requests.size() >= 3);
      first.close(); // sty-c is still being retried: it must stay uncommitted
      assertEquals(2, committedTotal(kafka));
      int requestsBeforeRestart = receiver.requests.size();

      accepting.set(true);
      DeliveryService second = kafka.start();
      await().atMost(WAIT).until(() -> committedTotal(kafka) == 3 && second.pendingCount() == 0);

      Map<String, Long> byEvent = receiver.requests.stream().collect(Collectors.groupingBy(
          r -> r.header("Idempotency-Key").split("/")[0], Collectors.counting()));
      assertEquals(1L, byEvent.get("sty-a"), "accepted before the restart: not sent again");
      assertEquals(1L, byEvent.get("sty-b"), "accepted before the restart: not sent again");
      assertTrue(receiver.requests.size() > requestsBeforeRestart, "sty-c was delivered after the restart");
      assertTrue(kafka.deadLetters().isEmpty());
    }
  }
}
