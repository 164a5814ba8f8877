package io.mediamon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The delivery.* settings are checked at start, with messages naming the key. */
class DeliverySettingsTest {
  private static String refusal(Map<String, String> settings) {
    return assertThrows(ConfigException.class, () -> MediamonConfig.defaults().with(settings)).getMessage();
  }

  @Test
  void defaultsAreValidAndDeliverIsAService() {
    MediamonConfig config = MediamonConfig.defaults().with(Setting.SERVICES, "alerter,deliver");
    assertEquals("false", config.get(Setting.DELIVERY_ALLOW_PRIVATE_ADDRESSES));
    assertEquals("ingest,extractor,correlator,alerter,web", MediamonConfig.defaults().get(Setting.SERVICES),
        "deliver is not started unless asked for");
  }

  @Test
  void refusalsNameTheKey() {
    assertEquals("delivery.webhooks: 'ftp://hooks.example/a' is not an http(s) URL with a host",
        refusal(Map.of("delivery.webhooks", "https://ok.example/a, ftp://hooks.example/a")));
    assertEquals("delivery.slack-webhooks: 'hooks.slack.com/x' is not an http(s) URL with a host",
        refusal(Map.of("delivery.slack-webhooks", "hooks.slack.com/x")));
    assertEquals("delivery.email.to: 'desk' is not an e-mail address", refusal(Map.of("delivery.email.to", "desk",
        "delivery.smtp.host", "smtp.example")));
    assertEquals("delivery.email.to is set but delivery.smtp.host is empty: e-mail needs an SMTP server",
        refusal(Map.of("delivery.email.to", "desk@news.example")));
    assertEquals("delivery.smtp.port: '0' is not a port (1..65535)", refusal(Map.of("delivery.smtp.port", "0")));
    assertEquals("delivery.smtp.starttls: 'yes' must be true or false",
        refusal(Map.of("delivery.smtp.starttls", "yes")));
    assertEquals("delivery.retries: '-1' must be a whole number of at least 0",
        refusal(Map.of("delivery.retries", "-1")));
    assertEquals("delivery.concurrency: '0' must be a whole number of at least 1",
        refusal(Map.of("delivery.concurrency", "0")));
    assertEquals("delivery.rate-per-second: 'fast' must be a whole number of at least 1",
        refusal(Map.of("delivery.rate-per-second", "fast")));
    assertEquals("services: unknown service 'delivery' (choose from ingest, extractor, correlator, alerter, deliver, spikes, web)",
        refusal(Map.of("services", "delivery")));
  }
}
