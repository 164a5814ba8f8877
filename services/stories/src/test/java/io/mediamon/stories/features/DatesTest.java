package io.mediamon.stories.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void monthsDaysOfAMonthAndWeekdaysInOrderOfFirstMention() {
    assertEquals(List.of("m:3", "d:3-14", "m:4", "d:4-2", "w:7"),
        Dates.of("Quake on March 14", "The quake struck on Sunday, 2 April 2009, not March 14th. On Sundays ...", 20));
    assertEquals(List.of("m:9", "d:9-5", "m:12"), Dates.of(null, "Since Sept. 5 and until Dec. 2008, fines.", 20));
  }

  @Test
  void mayIsAMonthOnlyWithADayAYearOrAPrepositionOfTime() {
    assertEquals(List.of(), Dates.of("May he rest", "Theresa May said prices may rise. May we?", 20));
    assertEquals(List.of("m:5", "d:5-3"), Dates.of(null, "in May, then May 3, then May 2010", 20));
  }

  @Test
  void abbreviationsAsDatelinesWriteThem() {
    assertEquals(List.of("m:9", "d:9-16", "m:7", "d:7-7"), Dates.of("8:44AM BST 16 Sep 2013", "Jul. 7 5:59 PM", 20));
    assertEquals(List.of(), Dates.of(null, "Mar Roxas and Sep Blatter met", 20));
  }

  @Test
  void lowerCaseWordsAndClockTimesAreNotDates() {
    assertEquals(List.of("m:3"), Dates.of(null, "Protesters march in March at 10.30; a may-be.", 20));
    assertEquals(List.of("m:6"), Dates.of(null, "By June 10:30 a.m. they had left.", 20));
    assertEquals(List.of("w:1"), Dates.of(null, "Monday, Tuesday", 1));
  }
}
