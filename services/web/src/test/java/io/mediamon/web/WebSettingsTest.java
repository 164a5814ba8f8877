package io.mediamon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediamon.config.ConfigException;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The web.* settings and the API's parameters: refused with messages that say what to do. */
class WebSettingsTest {
  private static void assertRefused(Setting setting, String value, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> MediamonConfig.defaults().with(setting, value));
    assertEquals(message, e.getMessage());
  }

  @Test
  void badWebSettingsAreRefusedNamingTheKey() {
    assertRefused(Setting.WEB_PORT, "80800", "web.port: '80800' is not a port (0..65535; 0: any free port)");
    assertRefused(Setting.WEB_PORT, "", "web.port: '' is not a port (0..65535; 0: any free port)");
    assertRefused(Setting.WEB_HOST, " ", "web.host is empty: give the address to listen on (127.0.0.1, 0.0.0.0)");
    assertRefused(Setting.WEB_TOKEN, "short", "web.token: must be at least 8 printable characters without spaces (it "
        + "is sent as Authorization: Bearer TOKEN)");
    assertRefused(Setting.WEB_ADVERTISED_HOST, "a host", "web.advertised-host: 'a host' is not a host name or address");
    assertRefused(Setting.WEB_ALERTS_RETENTION_HOURS, "0", "web.alerts-retention-hours: '0' must be a whole number "
        + "of at least 1");
    assertEquals("8080", MediamonConfig.defaults().get(Setting.WEB_PORT));
    assertEquals("web", MediamonConfig.defaults().with(Setting.SERVICES, "web").get(Setting.SERVICES));
  }

  @Test
  void timesAreInstantsDatesOrDurationsBeforeNow() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
    StoryQuery q = StoryQuery.parse(Map.of("from", "PT6H", "to", "2026-12-03", "limit", "7"), clock);
    assertEquals(Instant.parse("2026-12-02T06:00:00Z"), q.from());
    assertEquals(Instant.parse("2026-12-03T00:00:00Z"), q.to());
    assertEquals(7, q.limit());
    assertEquals(0, q.offset());
    BadRequest e = assertThrows(BadRequest.class, () -> StoryQuery.parse(Map.of("offset", "-1"), clock));
    assertEquals("offset: '-1' is not a whole number from 0 to 10000", e.getMessage());
  }

  @Test
  void queryStringsAreDecodedAndARepeatedParameterIsRefused() {
    assertEquals(Map.of("name", "Zalmay Khalilzad", "q", "a&b"), WebServer.query("name=Zalmay+Khalilzad&q=a%26b"));
    BadRequest e = assertThrows(BadRequest.class, () -> WebServer.query("q=a&q=b"));
    assertEquals("q: given more than once", e.getMessage());
  }
}
