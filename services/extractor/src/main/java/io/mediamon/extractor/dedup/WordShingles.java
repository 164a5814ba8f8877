package io.mediamon.extractor.dedup;

import io.mediamon.extractor.text.Hash64;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalized words of a text and the 64-bit hashes of its word shingles (runs of {@link #SIZE} consecutive
 * words).
 *
 * <p>Normalization makes copies that differ only in case, punctuation, whitespace or line breaks identical:
 * lowercase, marks inside a word dropped ("U.S." = "US", "don't" = "dont"), everything that is not a letter or a
 * digit a word break.
 */
public final class WordShingles {
  /**
   * Words per shingle. Three words: one substituted word breaks only three shingles, while two different stories on
   * the same topic still share few three-word runs (measured by {@code mediamon eval dedup}).
   */
  public static final int SIZE = 3;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Periods and apostrophes inside a word, and the final period of an initialism ("U.S."). */
  private static final Pattern INSIDE_WORD_MARK =
      Pattern.compile("(?<=[\\p{L}\\p{N}])[.'’](?=[\\p{L}\\p{N}])|(?<=\\b\\p{L})\\.(?=\\s|$)");

  private WordShingles() {}

  /** The text's words, normalized; empty when it has none. */
  public static String[] words(String text) {
    String joined = INSIDE_WORD_MARK.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    String stripped = NOT_WORD.matcher(joined).replaceAll(" ").strip();
    return stripped.isEmpty() ? new String[0] : stripped.split(" ");
  }

  /**
   * The distinct hashes of the words' shingles, sorted. A text shorter than a shingle is one shingle of all its
   * words; a text without words has none.
   */
  public static long[] hashes(String[] words) {
    return hashes(words, SIZE);
  }

  static long[] hashes(String[] words, int size) {
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - size + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = FNV_OFFSET;
      for (int j = i; j < Math.min(words.length, i + size); j++) {
        h = fnv(h, words[j]);
        h = fnv(h, " ");
      }
      hashes[i] = mix(h);
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  /** A hash of the whole normalized word sequence: equal for texts that are the same once normalized. */
  public static long exactHash(String[] words) {
    long h = FNV_OFFSET;
    for (String word : words) {
      h = fnv(h, word);
      h = fnv(h, " ");
    }
    return mix(h);
  }

  private static final long FNV_OFFSET = Hash64.FNV_OFFSET;

  private static long fnv(long h, String s) {
    return Hash64.fnv(h, s);
  }

  static long mix(long h) {
    return Hash64.mix(h);
  }
}
