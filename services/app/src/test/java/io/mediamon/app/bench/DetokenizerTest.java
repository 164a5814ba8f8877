package io.mediamon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetokenizerTest {
  @Test
  void punctuationAndCliticsAttachToThePreviousWord() {
    assertEquals("The mayor's office said it won't comment, citing policy.",
        Detokenizer.join(List.of("The", "mayor", "'s", "office", "said", "it", "wo", "n't", "comment", ",",
            "citing", "policy", ".")));
  }

  @Test
  void bracketsCurrencyAndPercentHugTheirNumbers() {
    assertEquals("Prices rose 3% (to $40) last week.",
        Detokenizer.join(List.of("Prices", "rose", "3", "%", "(", "to", "$", "40", ")", "last", "week", ".")));
  }

  @Test
  void straightQuotesOpenAndCloseInTurn() {
    assertEquals("He said \"we will stay\" and \"we will win.\"",
        Detokenizer.join(List.of("He", "said", "\"", "we", "will", "stay", "\"", "and", "\"", "we", "will", "win",
            ".", "\"")));
  }
}
