package io.mediamon.delivery.destination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.DestinationKind;
import org.junit.jupiter.api.Test;

class DestinationTest {
  @Test
  void describingHidesTokens() {
    assertEquals("WEBHOOK https://hooks.example:8443/alerts", new Destination(DestinationKind.WEBHOOK,
        "https://user:pw@hooks.example:8443/alerts?token=secret", false).describe());
    assertEquals("SLACK https://hooks.slack.com/…", new Destination(DestinationKind.SLACK,
        "https://hooks.slack.com/services/T000/B000/XXXX", true).describe());
    assertEquals("EMAIL desk@news.example", new Destination(DestinationKind.EMAIL, "desk@news.example", true)
        .describe());
  }

  @Test
  void aDestinationIsOneQueueWhoeverNamesIt() {
    assertEquals(new Destination(DestinationKind.EMAIL, "Desk@News.example", true).key(),
        new Destination(DestinationKind.EMAIL, "desk@news.example", false).key());
  }

  @Test
  void unusableTargetsAreNamed() {
    assertNull(DestinationCheck.problem(new Destination(DestinationKind.WEBHOOK, "https://hooks.example/a", false)));
    assertTrue(DestinationCheck.problem(new Destination(DestinationKind.WEBHOOK, "file:///etc/passwd", false))
        .contains("not an http(s) URL"));
    assertTrue(DestinationCheck.problem(new Destination(DestinationKind.EMAIL, "desk at news", false))
        .contains("not an e-mail address"));
    assertTrue(DestinationCheck.problem(new Destination(DestinationKind.SLACK, "https://exa mple", false)) != null);
  }
}
