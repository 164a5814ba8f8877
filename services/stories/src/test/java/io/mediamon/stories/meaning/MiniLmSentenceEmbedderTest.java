package io.mediamon.stories.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model, loaded from its jar: what the story stage relies on it for. */
class MiniLmSentenceEmbedderTest {
  private static final SentenceEmbedder EMBEDDER = new MiniLmSentenceEmbedder();

  @Test
  void reportsOfOneHappeningInOtherWordsAreCloserThanAnotherHappening() {
    List<Float> robbery = EMBEDDER.embed("Masked robbers stormed a downtown bank on Friday and escaped with cash.");
    List<Float> retold = EMBEDDER.embed("Armed thieves held up a city-centre bank branch and fled with the money.");
    List<Float> storm = EMBEDDER.embed("A tropical storm flooded coastal towns and cut power to thousands of homes.");
    assertEquals(384, robbery.size());
    assertEquals(1.0, dot(robbery, robbery), 1e-4, "unit length");
    assertTrue(dot(robbery, retold) > dot(robbery, storm) + 0.2,
        "robbery/retold " + dot(robbery, retold) + " against robbery/storm " + dot(robbery, storm));
  }

  @Test
  void aBlankTextHasNoVector() {
    assertEquals(List.of(), EMBEDDER.embed(" \n "));
    assertEquals(List.of(), EMBEDDER.embed(null));
  }

  @Test
  void theOpeningIsWhatCounts() {
    String opening = "Firefighters fought a blaze at a furniture warehouse through the night. ";
    String smoke = "Residents were asked to keep their windows closed because of the smoke. ";
    String rates = "The central bank raised interest rates to curb inflation, the governor said. ";
    assertTrue(dot(EMBEDDER.embed(opening + smoke), EMBEDDER.embed(opening + smoke + rates.repeat(3))) < 0.9,
        "within the model's 256 word pieces, every sentence counts");
    assertEquals(1.0, dot(EMBEDDER.embed(opening + smoke.repeat(30)),
        EMBEDDER.embed(opening + smoke.repeat(30) + rates.repeat(30))), 1e-4, "beyond them, nothing does");
  }

  static double dot(List<Float> a, List<Float> b) {
    double dot = 0;
    for (int i = 0; i < a.size(); i++) {
      dot += a.get(i) * b.get(i);
    }
    return dot;
  }
}
