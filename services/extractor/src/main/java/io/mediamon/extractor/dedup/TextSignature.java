package io.mediamon.extractor.dedup;

import java.util.Arrays;

/**
 * What the duplicate index keeps of a text: the hash of its normalized words (exact copies) and its MinHash
 * signature over word shingles (near copies).
 *
 * <p>MinHash: for each of {@link #HASHES} independent hash functions, the smallest hash of any of the text's
 * shingles. Two texts agree in one position with probability equal to the Jaccard similarity of their shingle sets
 * (shared shingles / all shingles), so the share of agreeing positions estimates it, with a standard error of
 * sqrt(J(1-J)/128), at most 0.044.
 *
 * <p>LSH: the signature is cut into {@link #BANDS} bands of {@link #ROWS} positions. Two texts become candidates when
 * they agree on a whole band, which happens with probability 1-(1-J^4)^32: 0.87 at J=0.5, 0.99 at J=0.6, and under
 * 0.003 at J=0.15, so the index compares an article only with texts likely to be copies.
 *
 * @param exactHash hash of the whole normalized word sequence
 * @param minHashes the {@link #HASHES} MinHash values (the high 32 bits of each 64-bit minimum)
 */
public record TextSignature(long exactHash, int[] minHashes) {
  public static final int HASHES = 128;
  public static final int ROWS = 4;
  public static final int BANDS = HASHES / ROWS;

  /** One seed per hash function, fixed forever: signatures are stored, and must stay comparable across releases. */
  private static final long[] SEEDS = seeds();

  public TextSignature {
    if (minHashes.length != HASHES) {
      throw new IllegalArgumentException("a signature has " + HASHES + " values, got " + minHashes.length);
    }
  }

  /** The signature of a text (its clean text: no markup). */
  public static TextSignature of(String text) {
    String[] words = WordShingles.words(text);
    return new TextSignature(WordShingles.exactHash(words), minHashes(WordShingles.hashes(words)));
  }

  static int[] minHashes(long[] shingleHashes) {
    long[] minima = new long[HASHES];
    Arrays.fill(minima, Long.MAX_VALUE);
    for (long shingle : shingleHashes) {
      for (int i = 0; i < HASHES; i++) {
        long h = WordShingles.mix(shingle ^ SEEDS[i]);
        if (h < minima[i]) {
          minima[i] = h;
        }
      }
    }
    int[] values = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      values[i] = (int) (minima[i] >>> 32);
    }
    return values;
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets; exactly 1.0 for texts equal once normalized. */
  public double similarity(TextSignature other) {
    if (exactHash == other.exactHash) {
      return 1.0;
    }
    int agree = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minHashes[i] == other.minHashes[i]) {
        agree++;
      }
    }
    return (double) agree / HASHES;
  }

  /** The hash of each band's values, one per band: texts sharing one are candidates. */
  public long[] bandHashes() {
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = WordShingles.mix(h * 31 + minHashes[b * ROWS + r]);
      }
      bands[b] = h;
    }
    return bands;
  }

  /** True when the two signatures agree on at least one whole band (what the index finds). */
  public boolean sharesBand(TextSignature other) {
    for (int b = 0; b < BANDS; b++) {
      if (Arrays.equals(minHashes, b * ROWS, (b + 1) * ROWS, other.minHashes, b * ROWS, (b + 1) * ROWS)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextSignature s && s.exactHash == exactHash && Arrays.equals(s.minHashes, minHashes);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(exactHash) * 31 + Arrays.hashCode(minHashes);
  }

  @Override
  public String toString() {
    return "TextSignature[" + Long.toHexString(exactHash) + "]";
  }

  /** SplitMix64 from a constant: reproducible, well-spread seeds. */
  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x6d656469616d6f6eL; // "mediamon"
    for (int i = 0; i < HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      seeds[i] = z ^ (z >>> 31);
    }
    return seeds;
  }
}
