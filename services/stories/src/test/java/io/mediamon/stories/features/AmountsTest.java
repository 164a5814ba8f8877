package io.mediamon.stories.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void sumsWithASignOrACurrencyWordAndTheirScale() {
    assertEquals(3.4e6, Amounts.first("Robbers take $3.4 million in gems from a Lyon boutique"), 1);
    assertEquals(6.1e7, Amounts.first("Ram-raid nets 61 million euros at an airport depot"), 1);
    assertEquals(2.5e6, Amounts.first("Gallery loses £2.5m painting"), 1);
    assertEquals(4.2e9, Amounts.first("Chipmaker agrees US$4.2bn takeover"), 1);
    assertEquals(3e6, Amounts.first("a 3 mn-euro haul"), 1);
    assertEquals(7.5e5, Amounts.first("The 750,000 dollars were never found"), 1);
    assertEquals(9.3e7, Amounts.first("a $93-million fine"), 1);
    assertEquals(1.5e6, Amounts.first("1,5 millions d'euros: a fine of €1,5 million"), 1);
  }

  @Test
  void theFirstSumOfAtLeastAThousandCounts() {
    assertEquals(8e8, Amounts.first("For $20 a share, or $800 million in all, and $1 billion with debt"), 1);
  }

  @Test
  void tollsCountsWeightsAndOtherCurrenciesAreNoSum() {
    assertNull(Amounts.first("Quake kills 2,300 and leaves 40,000 homeless"));
    assertNull(Amounts.first("Police seize 3,000 pounds of explosives"));
    assertNull(Amounts.first("A ¥500 million deal and a 90 crore rupee deal"));
    assertNull(Amounts.first("Tickets cost $45 each"));
    assertNull(Amounts.first(""));
    assertNull(Amounts.first(null));
  }

  @Test
  void poundsWithAScaleOrSterlingAreMoney() {
    assertEquals(2e6, Amounts.first("a 2 million pounds payout"), 1);
    assertEquals(5000, Amounts.first("fined 5,000 pounds sterling"), 1);
  }
}
