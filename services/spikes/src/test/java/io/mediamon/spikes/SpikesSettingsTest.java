package io.mediamon.spikes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.config.ConfigException;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** spikes.* are refused at start with a message that names the key and says what would do. */
class SpikesSettingsTest {

  @Test
  void theDefaultsMakeTheRuleOfTheReadme() {
    SpikeRule rule = SpikeRule.from(MediamonConfig.defaults());
    assertEquals(new SpikeRule(4, 1, 8, 3, 3), rule);
    assertEquals(8, rule.threshold(0), 1e-9, "the floor, then at least 8 articles");
    assertEquals(12, rule.threshold(3), 1e-9);
    assertEquals(List.of("spikes"), MediamonConfig.defaults().with(Setting.SERVICES, "spikes")
        .getList(Setting.SERVICES));
  }

  @Test
  void anAdvanceThatDoesNotDivideTheWindowIsRefusedWithOneThatDoes() {
    ConfigException e = assertThrows(ConfigException.class, () -> MediamonConfig.defaults()
        .with(Setting.SPIKES_ADVANCE_MINUTES, "25"));
    assertEquals("spikes.advance-minutes: 25 must divide spikes.window-minutes (60), for example 15 (or 60 for "
        + "tumbling windows)", e.getMessage());
  }

  @Test
  void badNumbersAreRefusedByKey() {
    assertRefused(Setting.SPIKES_RATIO, "1", "spikes.ratio: '1' must be a number above 1");
    assertRefused(Setting.SPIKES_RATIO, "four", "spikes.ratio: 'four' must be a number above 1");
    assertRefused(Setting.SPIKES_BASELINE_FLOOR, "0", "spikes.baseline-floor: '0' must be a number above 0");
    assertRefused(Setting.SPIKES_ESCALATION_FACTOR, "0.5", "spikes.escalation-factor: '0.5' must be 0");
    assertRefused(Setting.SPIKES_MIN_OUTLETS, "0", "spikes.min-outlets: '0' must be a whole number of at least 1");
    assertRefused(Setting.SPIKES_ENTITY_MIN_SALIENCE, "0",
        "spikes.entity-min-salience: '0' must be a number above 0");
    assertRefused(Setting.SPIKES_GRACE_MINUTES, "-1",
        "spikes.grace-minutes: '-1' must be a whole number of at least 0");
    assertRefused(Setting.SPIKES_BASELINE_WINDOWS, "10000", "spikes.baseline-windows: 10000 windows of 60 minutes "
        + "reach back more than a year");
    assertRefused(Setting.SERVICES, "alerter,spike", "services: unknown service 'spike' (choose from ingest, "
        + "extractor, correlator, alerter, deliver, spikes, web)");
  }

  private static void assertRefused(Setting setting, String value, String messageStart) {
    ConfigException e = assertThrows(ConfigException.class, () -> MediamonConfig.defaults().with(setting, value));
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }
}
