package io.mediamon.delivery.email;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.mediamon.delivery.TestAlerts;
import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.dispatch.DeadLetterWriter;
import io.mediamon.delivery.dispatch.DeliveryPolicy;
import io.mediamon.delivery.dispatch.Dispatcher;
import io.mediamon.delivery.retry.Backoff;
import io.mediamon.schema.DestinationKind;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class EmailDigestTest {
  @Test
  void alertsOfOneIntervalGoOutAsOneMailAndAreDoneOnlyThen() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    EmailSender sender = new EmailSender(new SmtpSettings("127.0.0.1", port, "", "", false, false,
        "mediamon@news.example", Duration.ofSeconds(5)));
    DeliveryPolicy policy = new DeliveryPolicy(2, Backoff.withRandomJitter(Duration.ofMillis(50),
        Duration.ofMillis(100)), 10, 1, Duration.ofMillis(500));
    AtomicInteger done = new AtomicInteger();
    try (DeadLetterWriter deadLetters = new DeadLetterWriter(
        new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()), "dead-letters");
        Dispatcher dispatcher = new Dispatcher(Map.of(DestinationKind.EMAIL, sender), policy, deadLetters)) {
      Destination desk = new Destination(DestinationKind.EMAIL, "desk@news.example", true);
      for (int i = 1; i <= 3; i++) {
        dispatcher.dispatch(TestAlerts.received(TestAlerts.alert("sty-" + i), i), List.of(desk),
            done::incrementAndGet);
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> done.get() == 3);
      MimeMessage[] messages = smtp.getReceivedMessages();
      assertEquals(1, messages.length, "one digest");
      assertTrue(messages[0].getSubject().startsWith("mediamon digest: 3 alerts"), messages[0].getSubject());
      String body = messages[0].getContent().toString();
      assertTrue(body.contains("Alert id: sty-1/") && body.contains("Alert id: sty-3/"), body);
    } finally {
      smtp.stop();
    }
  }
}
