package io.mediamon.delivery.dispatch;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.delivery.TestAlerts;
import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.retry.Backoff;
import io.mediamon.schema.DestinationKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class DispatcherTest {
  private final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
      new ByteArraySerializer());
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  private Dispatcher dispatcher(Function<Destination, Attempt> outcome) {
    DestinationSender sender = (destination, alerts) -> {
      attempts.computeIfAbsent(destination.target(), t -> new AtomicInteger()).incrementAndGet();
      return outcome.apply(destination);
    };
    DeliveryPolicy policy = new DeliveryPolicy(3, new Backoff(Duration.ofMillis(10), Duration.ofMillis(40),
        bound -> bound - 1), 1000, 1, Duration.ZERO);
    return new Dispatcher(Map.of(DestinationKind.WEBHOOK, sender), policy,
        new DeadLetterWriter(producer, "dead-letters"));
  }

  private static Destination hook(String name) {
    return new Destination(DestinationKind.WEBHOOK, "https://hooks.example/" + name, false);
  }

  private static String header(ProducerRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void retriesThenDeadLettersOnceAndOnlyThenIsTheAlertDone() throws Exception {
    AtomicInteger done = new AtomicInteger();
    try (Dispatcher dispatcher = dispatcher(d -> d.target().endsWith("ok") ? Attempt.accepted("200")
        : Attempt.retry("503", "answered 503"))) {
      dispatcher.dispatch(TestAlerts.received(TestAlerts.alert("sty-1"), 4), List.of(hook("ok"), hook("down")),
          done::incrementAndGet);
      await().atMost(Duration.ofSeconds(10)).until(() -> done.get() == 1);
    }
    assertEquals(1, attempts.get("https://hooks.example/ok").get());
    assertEquals(4, attempts.get("https://hooks.example/down").get(), "the first try and 3 retries");
    assertEquals(1, producer.history().size());
    ProducerRecord<byte[], byte[]> dead = producer.history().get(0);
    assertEquals("WEBHOOK https://hooks.example/down", header(dead, DeadLetterWriter.HEADER_DESTINATION));
    assertEquals("503", header(dead, DeadLetterWriter.HEADER_LAST_STATUS));
    assertEquals("4", header(dead, DeadLetterWriter.HEADER_ATTEMPTS));
    assertEquals("4", header(dead, io.mediamon.streams.errors.DeadLetters.HEADER_SOURCE_OFFSET));
    assertEquals(1, done.get(), "done once, after both destinations");
  }

  @Test
  void aRefusalIsDeadLetteredWithoutRetries() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    try (Dispatcher dispatcher = dispatcher(d -> Attempt.giveUp("404", "answered 404"))) {
      dispatcher.dispatch(TestAlerts.received(TestAlerts.alert("sty-1"), 0), List.of(hook("gone")), done::countDown);
      assertTrue(done.await(10, TimeUnit.SECONDS));
    }
    assertEquals(1, attempts.get("https://hooks.example/gone").get());
    assertEquals("answered 404", header(producer.history().get(0), io.mediamon.streams.errors.DeadLetters
        .HEADER_REASON));
  }

  @Test
  void aBlockedDestinationHoldsOnlyItsOwnThreads() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger fastDone = new AtomicInteger();
    try (Dispatcher dispatcher = dispatcher(d -> {
      if (d.target().endsWith("slow")) {
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Attempt.accepted("200");
    })) {
      for (int i = 0; i < 5; i++) {
        dispatcher.dispatch(TestAlerts.received(TestAlerts.alert("sty-" + i), i), List.of(hook("slow")), () -> { });
        dispatcher.dispatch(TestAlerts.received(TestAlerts.alert("sty-" + i), i), List.of(hook("fast")),
            fastDone::incrementAndGet);
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> fastDone.get() == 5);
      assertEquals(1, attempts.get("https://hooks.example/slow").get(), "concurrency 1: one request in flight");
      release.countDown();
    }
  }
}
