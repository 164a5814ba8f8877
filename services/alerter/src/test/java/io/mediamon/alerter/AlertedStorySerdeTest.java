package io.mediamon.alerter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AlertedStorySerdeTest {

  @Test
  void roundTripsEveryField() {
    AlertedStory alerted = new AlertedStory(1_545_825_600_000L, 7, List.of("Iran", "Taliban", "Ελλάδα"),
        List.of("Zabihullah Mujahid", "x".repeat(70_000)), List.of("afghanistan-desk"));
    assertEquals(alerted, AlertedStorySerde.read(AlertedStorySerde.write(alerted)));
  }

  @Test
  void readsTheFirstFormatAsHavingMatchedNoWatch() {
    AlertedStory alerted = new AlertedStory(1L, 3, List.of("Iran"), List.of("Mujahid"), List.of("w"));
    byte[] current = AlertedStorySerde.write(alerted);
    // Format 1 is format 2 without the watch list at the end (4 bytes of count, then 4 + 1 bytes for "w").
    byte[] first = Arrays.copyOf(current, current.length - 9);
    first[0] = 1;
    assertEquals(new AlertedStory(1L, 3, List.of("Iran"), List.of("Mujahid"), List.of()),
        AlertedStorySerde.read(first));
  }

  @Test
  void refusesAnotherFormatOrTruncatedBytes() {
    byte[] bytes = AlertedStorySerde.write(new AlertedStory(1L, 1, List.of("Iran"), List.of(), List.of()));
    byte[] otherVersion = bytes.clone();
    otherVersion[0] = 3;
    assertThrows(SerializationException.class, () -> AlertedStorySerde.read(otherVersion));
    assertThrows(SerializationException.class, () -> AlertedStorySerde.read(Arrays.copyOf(bytes, bytes.length - 2)));
  }
}
