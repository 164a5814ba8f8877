package io.mediamon.delivery.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.delivery.TestAlerts;
import org.junit.jupiter.api.Test;

class SlackMessageTest {
  @Test
  void hasTextAndHeaderSectionAndContextBlocks() throws Exception {
    JsonNode payload = new ObjectMapper().readTree(SlackMessage.payload(TestAlerts.alert("sty-1", "w-1"), "key-1"));
    assertEquals("[HIGH] NEW: Ferry &lt;sinks&gt; &amp; 12 missing (2 articles, 2 outlets)", payload.get("text").asText());
    assertEquals("[HIGH] NEW: Ferry <sinks> & 12 missing (2 articles, 2 outlets)",
        payload.get("blocks").get(0).get("text").get("text").asText(), "plain text needs no escaping");
    JsonNode blocks = payload.get("blocks");
    assertEquals("header", blocks.get(0).get("type").asText());
    assertEquals("plain_text", blocks.get(0).get("text").get("type").asText());
    assertEquals("section", blocks.get(1).get("type").asText());
    String details = blocks.get(1).get("text").get("text").asText();
    assertEquals("mrkdwn", blocks.get(1).get("text").get("type").asText());
    assertTrue(details.contains("Place: Dhaka"), details);
    assertTrue(details.contains("Claim: Coast Guard: \"12 people are missing\""), details);
    assertTrue(details.contains("Watches: watch w-1"), details);
    assertTrue(details.contains("https://news.example/ferry"), details);
    assertEquals("context", blocks.get(2).get("type").asText());
    assertTrue(blocks.get(2).get("elements").get(0).get("text").asText().contains("key-1"));
  }

  @Test
  void escapesSlackMarkupInMrkdwn() {
    assertEquals("a &lt;!channel&gt; &amp; b", SlackMessage.escape("a <!channel> & b"));
  }
}
