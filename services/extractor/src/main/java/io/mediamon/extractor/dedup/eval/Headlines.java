package io.mediamon.extractor.dedup.eval;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Headlines made of a sentence's own words, as sub-editors write them: a run of words, capitalized. */
final class Headlines {
  private Headlines() {}

  /** Up to {@code count} words of the sentence from word {@code from}, without final punctuation. */
  static String fromWords(String sentence, int from, int count) {
    String[] words = sentence.split("\\s+");
    int start = Math.min(from, Math.max(0, words.length - 1));
    String run = Arrays.stream(words, start, Math.min(words.length, start + count))
        .collect(Collectors.joining(" ")).replaceAll("[.,;:!?]+$", "");
    return run.isEmpty() ? run : Character.toUpperCase(run.charAt(0)) + run.substring(1);
  }
}
