package io.mediamon.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenCounterTest {
  @Test
  void wordsKeepInnerApostrophesHyphensAndNumberSeparators() {
    // don't | the | long-range | talks | cost | $ | 1,500 | . 
    assertEquals(8, TokenCounter.count("don't the long-range talks cost $1,500."));
  }

  @Test
  void everyOtherVisibleCharacterIsAToken() {
    // " | Stop | ! | " | ( | he | said | )
    assertEquals(8, TokenCounter.count("\"Stop!\" (he said)"));
    assertEquals(0, TokenCounter.count(" \n\t "));
  }
}
