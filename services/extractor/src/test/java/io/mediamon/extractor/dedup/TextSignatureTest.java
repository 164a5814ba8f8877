package io.mediamon.extractor.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextSignatureTest {

  @Test
  void normalizationIgnoresCasePunctuationAndLayout() {
    assertArrayEquals(new String[] {"the", "us", "envoy", "didnt", "say"},
        WordShingles.words("The U.S. envoy — didn't say!"));
    TextSignature a = TextSignature.of("The U.S. envoy met Taliban officials.\n\nTalks will continue.");
    TextSignature b = TextSignature.of("the US envoy met   Taliban officials talks will continue");
    assertEquals(a.exactHash(), b.exactHash());
    assertEquals(1.0, a.similarity(b));
  }

  @Test
  void shinglesAreRunsOfThreeWords() {
    String[] words = WordShingles.words("a b c d a b c");
    // a b c, b c d, c d a, d a b, and a b c again: four distinct
    assertEquals(4, WordShingles.hashes(words).length);
    assertEquals(1, WordShingles.hashes(WordShingles.words("too short")).length);
    assertEquals(0, WordShingles.hashes(WordShingles.words("...")).length);
  }

  /**
   * Texts with a known overlap: windows of one long random word sequence. The MinHash estimate must be within three
   * standard errors of the true Jaccard similarity of the shingle sets, and unbiased on average.
   */
  @Test
  void estimateFollowsTheTrueJaccardSimilarity() {
    String[] vocabulary = IntStream.range(0, 5000).mapToObj(i -> "w" + Integer.toString(i, 36))
        .toArray(String[]::new);
    Random random = new Random(11);
    String[] stream = IntStream.range(0, 3000).mapToObj(i -> vocabulary[random.nextInt(vocabulary.length)])
        .toArray(String[]::new);
    double totalError = 0;
    int pairs = 0;
    for (int shift = 0; shift <= 400; shift += 20) {
      String a = window(stream, 1000, 400);
      String b = window(stream, 1000 + shift, 400);
      double truth = jaccard(a, b);
      double estimate = TextSignature.of(a).similarity(TextSignature.of(b));
      double standardError = Math.sqrt(truth * (1 - truth) / TextSignature.HASHES);
      assertTrue(Math.abs(estimate - truth) <= 3 * standardError + 1e-9,
          "shift " + shift + ": estimate " + estimate + ", truth " + truth);
      totalError += estimate - truth;
      pairs++;
    }
    assertTrue(Math.abs(totalError / pairs) < 0.02, "mean error " + totalError / pairs);
  }

  @Test
  void candidatesAreTheSimilarPairsOnly() {
    String[] vocabulary = IntStream.range(0, 5000).mapToObj(i -> "v" + Integer.toString(i, 36))
        .toArray(String[]::new);
    Random random = new Random(5);
    int similarFound = 0;
    int unrelatedFound = 0;
    for (int n = 0; n < 50; n++) {
      String[] stream = IntStream.range(0, 500).mapToObj(i -> vocabulary[random.nextInt(vocabulary.length)])
          .toArray(String[]::new);
      String original = window(stream, 0, 400);
      String copy = window(stream, 40, 400); // 360 of 440 words shared: Jaccard about 0.8
      String unrelated = IntStream.range(0, 400).mapToObj(i -> vocabulary[random.nextInt(vocabulary.length)])
          .collect(Collectors.joining(" "));
      TextSignature o = TextSignature.of(original);
      similarFound += o.sharesBand(TextSignature.of(copy)) ? 1 : 0;
      unrelatedFound += o.sharesBand(TextSignature.of(unrelated)) ? 1 : 0;
    }
    assertEquals(50, similarFound, "P(candidate | J=0.8) = 1-(1-0.8^4)^32 > 0.9999");
    assertEquals(0, unrelatedFound);
  }

  @Test
  void sharedBandMeansEqualBandHash() {
    TextSignature a = TextSignature.of(DedupTexts.text(DedupTexts.HARBOUR_STRIKE));
    TextSignature b = TextSignature.of(DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE));
    TextSignature c = TextSignature.of(DedupTexts.text(DedupTexts.SCIENCE));
    long[] bandsA = a.bandHashes();
    long[] bandsB = b.bandHashes();
    long[] bandsC = c.bandHashes();
    assertTrue(a.sharesBand(b));
    assertTrue(IntStream.range(0, TextSignature.BANDS).anyMatch(i -> bandsA[i] == bandsB[i]));
    assertFalse(a.sharesBand(c));
    assertTrue(IntStream.range(0, TextSignature.BANDS).noneMatch(i -> bandsA[i] == bandsC[i]));
    // The band number is part of its hash: equal values in different bands do not collide.
    assertEquals(TextSignature.BANDS, Arrays.stream(bandsA).distinct().count());
  }

  @Test
  void editedCopyIsSimilarAndOtherStoriesAreNot() {
    TextSignature original = TextSignature.of(DedupTexts.text(DedupTexts.HARBOUR_STRIKE));
    double copy = original.similarity(TextSignature.of(DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE)));
    double sameTopic = original.similarity(TextSignature.of(DedupTexts.text(DedupTexts.OTHER_HARBOUR_STORY)));
    double unrelated = original.similarity(TextSignature.of(DedupTexts.text(DedupTexts.SCIENCE)));
    double truth = jaccard(DedupTexts.text(DedupTexts.HARBOUR_STRIKE), DedupTexts.wireCopy(DedupTexts.HARBOUR_STRIKE));
    assertTrue(copy >= 0.6 && Math.abs(copy - truth) < 0.12, "copy " + copy + ", true Jaccard " + truth);
    assertTrue(sameTopic < 0.1, "same topic " + sameTopic);
    assertTrue(unrelated < 0.05, "unrelated " + unrelated);
    assertNotEquals(original.exactHash(), TextSignature.of(DedupTexts.text(DedupTexts.OTHER_HARBOUR_STORY))
        .exactHash());
  }

  private static String window(String[] words, int from, int length) {
    return String.join(" ", Arrays.copyOfRange(words, from, from + length));
  }

  private static double jaccard(String a, String b) {
    long[] x = WordShingles.hashes(WordShingles.words(a));
    long[] y = WordShingles.hashes(WordShingles.words(b));
    long shared = Arrays.stream(x).filter(h -> Arrays.binarySearch(y, h) >= 0).count();
    return (double) shared / (x.length + y.length - shared);
  }
}
