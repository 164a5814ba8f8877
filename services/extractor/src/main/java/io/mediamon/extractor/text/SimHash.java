package io.mediamon.extractor.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 64-bit SimHash of a text over word 3-shingles of its normalized form (lowercase, punctuation stripped).
 *
 * <p>Copies of one story with small edits share most shingles, so their fingerprints differ in few bits;
 * unrelated texts differ in about half of the 64 bits.
 */
public final class SimHash {

    private static final int SHINGLE = 3;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Periods and apostrophes inside a word, and the final period of an initialism ("U.S."). */
    private static final Pattern INSIDE_WORD_MARK = Pattern.compile("(?<=[\\p{L}\\p{N}])[.'’](?=[\\p{L}\\p{N}])|(?<=\\b\\p{L})\\.(?=\\s|$)");

    private SimHash() {
    }

    /** The fingerprint of the text as 16 lowercase hex digits. */
    public static String fingerprint(String text) {
        return toHex(hash(text));
    }

    /** The fingerprint of the text as a number. */
    public static long hash(String text) {
        String[] words = normalize(text);
        if (words.length == 0) {
            return 0L;
        }
        int[] votes = new int[64];
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            StringBuilder shingle = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
                shingle.append(words[j]).append(' ');
            }
            long h = hash64(shingle.toString());
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
            }
        }
        long fingerprint = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** Number of differing bits between two fingerprints given as 16 hex digits (0 = same, ~32 = unrelated). */
    public static int hammingDistance(String a, String b) {
        return Long.bitCount(parse(a) ^ parse(b));
    }

    static String toHex(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static long parse(String fingerprint) {
        if (fingerprint == null || fingerprint.length() != 16) {
            throw new IllegalArgumentException("a fingerprint is 16 hex digits, got: " + fingerprint);
        }
        try {
            return Long.parseUnsignedLong(fingerprint, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a fingerprint is 16 hex digits, got: " + fingerprint, e);
        }
    }

    static String[] normalize(String text) {
        // "U.S." and "US", "don't" and "dont" are the same words: joining marks inside a word are dropped first.
        String joined = INSIDE_WORD_MARK.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        String stripped = NOT_WORD.matcher(joined).replaceAll(" ").strip();
        return stripped.isEmpty() ? new String[0] : stripped.split(" ");
    }

    private static long hash64(String s) {
        return Hash64.of(s);
    }
}
