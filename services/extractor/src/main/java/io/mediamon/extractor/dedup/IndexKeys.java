package io.mediamon.extractor.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys of the bucket and expiry stores. Each entry is its own key (no lists in values), so adding or removing an
 * article touches only its own entries and a lookup is a prefix scan.
 *
 * <ul>
 *   <li>bucket: [band 1 byte][band hash 8 bytes][article id UTF-8]; band {@link #EXACT} holds the hash of the whole
 *       normalized text, bands 0..31 the LSH band hashes</li>
 *   <li>expiry: [seenAt 8 bytes, sign bit flipped so byte order is time order][article id UTF-8]</li>
 * </ul>
 */
final class IndexKeys {
  /** The pseudo-band of exact copies. */
  static final int EXACT = TextSignature.BANDS;

  private static final int BUCKET_PREFIX = 1 + Long.BYTES;

  private IndexKeys() {}

  static Bytes bucketPrefix(int band, long hash) {
    return Bytes.wrap(ByteBuffer.allocate(BUCKET_PREFIX).put((byte) band).putLong(hash).array());
  }

  static Bytes bucket(int band, long hash, String articleId) {
    byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(BUCKET_PREFIX + id.length).put((byte) band).putLong(hash).put(id).array());
  }

  static String articleOfBucket(Bytes key) {
    byte[] bytes = key.get();
    return new String(bytes, BUCKET_PREFIX, bytes.length - BUCKET_PREFIX, StandardCharsets.UTF_8);
  }

  static Bytes expiry(long seenAt, String articleId) {
    byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(Long.BYTES + id.length).putLong(seenAt ^ Long.MIN_VALUE).put(id).array());
  }

  /** The first key of articles seen at {@code seenAt} or later: everything before it is older. */
  static Bytes expiryFrom(long seenAt) {
    return Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong(seenAt ^ Long.MIN_VALUE).array());
  }

  static String articleOfExpiry(Bytes key) {
    byte[] bytes = key.get();
    return new String(bytes, Long.BYTES, bytes.length - Long.BYTES, StandardCharsets.UTF_8);
  }

  static long seenAtOfExpiry(Bytes key) {
    return ByteBuffer.wrap(key.get()).getLong() ^ Long.MIN_VALUE;
  }
}
