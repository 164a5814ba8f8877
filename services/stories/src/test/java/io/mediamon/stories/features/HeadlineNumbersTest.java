package io.mediamon.stories.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineNumbersTest {

  @Test
  void numbersAboveTenThatAreNotYearsInOrderOfMention() {
    assertEquals(List.of("14", "2500"), HeadlineNumbers.of("Ferry fire kills 14 in 2021, 2,500 rescued, 3 missing"));
    assertEquals(List.of(), HeadlineNumbers.of("Team wins 3 of 4 matches in 2019"));
    assertEquals(List.of(), HeadlineNumbers.of(null));
  }
}
