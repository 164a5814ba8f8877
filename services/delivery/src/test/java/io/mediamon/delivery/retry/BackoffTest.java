package io.mediamon.delivery.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void ceilingDoublesFromTheBaseUpToTheCap() {
    Backoff backoff = Backoff.withRandomJitter(Duration.ofMillis(100), Duration.ofSeconds(1));
    assertEquals(100, backoff.ceilingMillis(1));
    assertEquals(200, backoff.ceilingMillis(2));
    assertEquals(800, backoff.ceilingMillis(4));
    assertEquals(1000, backoff.ceilingMillis(5));
    assertEquals(1000, backoff.ceilingMillis(500), "no overflow");
  }

  @Test
  void fullJitterDrawsFromZeroToTheCeiling() {
    Backoff lowest = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), bound -> 0);
    Backoff highest = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), bound -> bound - 1);
    assertEquals(Duration.ZERO, lowest.delay(3));
    assertEquals(Duration.ofMillis(400), highest.delay(3));
    Backoff random = Backoff.withRandomJitter(Duration.ofMillis(100), Duration.ofSeconds(1));
    for (int i = 0; i < 1000; i++) {
      long millis = random.delay(3).toMillis();
      assertTrue(millis >= 0 && millis <= 400, "within [0, 400]: " + millis);
    }
  }
}
