package io.mediamon.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.mediamon.schema.Alert;
import io.mediamon.schema.AlertKind;
import org.junit.jupiter.api.Test;

class AlertIdentityTest {
  @Test
  void isTheEventKindAndEmissionTime() {
    Alert alert = TestAlerts.alert("sty-1");
    assertEquals("sty-1/NEW/" + TestAlerts.T0.toEpochMilli(), AlertIdentity.of(alert));
    assertEquals(AlertIdentity.of(alert), AlertIdentity.of(Alert.newBuilder(alert).build()), "stable");
    assertNotEquals(AlertIdentity.of(alert), AlertIdentity.of(Alert.newBuilder(alert).setKind(AlertKind.UPDATE)
        .build()));
  }
}
