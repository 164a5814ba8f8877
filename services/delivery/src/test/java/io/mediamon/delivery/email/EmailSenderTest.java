package io.mediamon.delivery.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.mediamon.delivery.TestAlerts;
import io.mediamon.delivery.destination.Destination;
import io.mediamon.delivery.dispatch.Attempt;
import io.mediamon.schema.DestinationKind;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailSenderTest {
  private final Destination desk = new Destination(DestinationKind.EMAIL, "desk@news.example", true);

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static SmtpSettings smtp(int port, boolean starttls, String user, String password) {
    return new SmtpSettings("127.0.0.1", port, user, password, starttls, false, "mediamon@news.example",
        Duration.ofSeconds(5));
  }

  @Test
  void aServerWithoutStarttlsIsRefusedWhenStarttlsIsRequired() throws Exception {
    int port = freePort();
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    try {
      Attempt attempt = new EmailSender(smtp(port, true, "", "")).send(desk,
          List.of(TestAlerts.received(TestAlerts.alert("sty-1"), 0)));
      assertEquals(Attempt.Outcome.RETRY, attempt.outcome());
      assertTrue(attempt.reason().contains("STARTTLS"), attempt.reason());
      assertEquals(0, server.getReceivedMessages().length, "nothing sent in the clear");
    } finally {
      server.stop();
    }
  }

  @Test
  void withoutAnSmtpHostMailIsDeadLetteredAtOnce() {
    Attempt attempt = new EmailSender(new SmtpSettings("", 25, "", "", true, false, "m@news.example",
        Duration.ofSeconds(1))).send(desk, List.of(TestAlerts.received(TestAlerts.alert("sty-1"), 0)));
    assertEquals(Attempt.Outcome.GIVE_UP, attempt.outcome());
    assertTrue(attempt.reason().contains("delivery.smtp.host"), attempt.reason());
  }
}
