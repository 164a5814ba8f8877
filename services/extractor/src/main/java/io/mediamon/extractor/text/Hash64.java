package io.mediamon.extractor.text;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit string hash the fingerprints share: FNV-1a over UTF-8 (cheap, incremental over words), then
 * MurmurHash3's finalizer so that every input bit affects every output bit, which SimHash and MinHash need.
 */
public final class Hash64 {
  public static final long FNV_OFFSET = 0xcbf29ce484222325L;

  private Hash64() {}

  /** FNV-1a of {@code s} continued from {@code h} (start with {@link #FNV_OFFSET}). */
  public static long fnv(long h, String s) {
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** MurmurHash3's 64-bit finalizer. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  public static long of(String s) {
    return mix(fnv(FNV_OFFSET, s));
  }
}
