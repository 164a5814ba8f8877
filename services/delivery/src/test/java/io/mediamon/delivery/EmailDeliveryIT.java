package io.mediamon.delivery;

import static io.mediamon.delivery.DeliveryHarness.destination;
import static io.mediamon.delivery.DeliveryHarness.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.mediamon.delivery.dispatch.DeadLetterWriter;
import io.mediamon.schema.DestinationKind;
import io.mediamon.streams.errors.DeadLetters;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class EmailDeliveryIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static GreenMail greenMail() throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.setUser("mediamon@news.example", "mediamon", "smtp-secret");
    mail.start();
    return mail;
  }

  @Test
  void eachAlertIsOneMailToTheConfiguredAndTheWatchsAddresses() throws Exception {
    GreenMail smtp = greenMail();
    try (DeliveryHarness kafka = new DeliveryHarness()) {
      kafka.settings.put("delivery.email.to", "desk@news.example");
      kafka.settings.put("delivery.smtp.host", "127.0.0.1");
      kafka.settings.put("delivery.smtp.port", Integer.toString(smtp.getSmtp().getPort()));
      kafka.settings.put("delivery.smtp.starttls", "false"); // GreenMail's plain SMTP; STARTTLS is on by default
      kafka.settings.put("delivery.smtp.user", "mediamon");
      kafka.settings.put("delivery.smtp.password", "smtp-secret");
      kafka.settings.put("delivery.smtp.from", "mediamon@news.example");
      kafka.watch("w-ferries", destination(DestinationKind.EMAIL, "ferries@news.example"));
      DeliveryService service = kafka.start();
      kafka.send(TestAlerts.alert("sty-1", "w-ferries"));
      kafka.send(TestAlerts.alert("sty-2"));

      await().atMost(WAIT).until(() -> smtp.getReceivedMessages().length == 3 && service.pendingCount() == 0);
      MimeMessage[] messages = smtp.getReceivedMessages();
      List<String> recipients = Arrays.stream(messages).map(m -> {
        try {
          return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).sorted().toList();
      assertEquals(List.of("desk@news.example", "desk@news.example", "ferries@news.example"), recipients);
      MimeMessage first = messages[0];
      assertEquals("mediamon [HIGH] NEW: Ferry <sinks> & 12 missing (2 articles, 2 outlets)", first.getSubject());
      String body = first.getContent().toString();
      assertTrue(body.contains("Place: Dhaka") && body.contains("Alert id: sty-"), body);
      assertTrue(first.getHeader("X-Mediamon-Idempotency-Key")[0].startsWith("sty-"));
      Set<String> messageIds = Arrays.stream(messages).map(m -> {
        try {
          return m.getMessageID();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).collect(Collectors.toSet());
      assertEquals(2, messageIds.size(), "one Message-ID per alert, derived from its idempotency key");
      await().atMost(WAIT).until(() -> kafka.committed().values().stream().mapToLong(Long::longValue).sum() == 2);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aRefusingSmtpServerIsRetriedThenTheAlertDeadLettered() throws Exception {
    try (SmtpRefuser refuser = new SmtpRefuser(); DeliveryHarness kafka = new DeliveryHarness()) {
      kafka.settings.put("delivery.email.to", "desk@news.example");
      kafka.settings.put("delivery.smtp.host", "127.0.0.1");
      kafka.settings.put("delivery.smtp.port", Integer.toString(refuser.port()));
      kafka.settings.put("delivery.smtp.starttls", "false");
      DeliveryService service = kafka.start();
      kafka.send(TestAlerts.alert("sty-1"));

      await().atMost(WAIT).until(() -> kafka.deadLetters().size() == 1 && service.pendingCount() == 0);
      ConsumerRecord<byte[], byte[]> dead = kafka.deadLetters().get(0);
      assertEquals("EMAIL desk@news.example", header(dead, DeadLetterWriter.HEADER_DESTINATION));
      assertEquals("3", header(dead, DeadLetterWriter.HEADER_ATTEMPTS));
      assertEquals("554", header(dead, DeadLetterWriter.HEADER_LAST_STATUS));
      assertTrue(header(dead, DeadLetters.HEADER_REASON).contains("554"), header(dead, DeadLetters.HEADER_REASON));
      assertEquals(3, refuser.connections.get(), "the first try and delivery.retries=2");
      await().atMost(WAIT).until(() -> kafka.committed().values().stream().mapToLong(Long::longValue).sum() == 1);
    }
  }
}
