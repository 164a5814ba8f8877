package io.mediamon.stories.assign;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys of the posting and expiry stores. Every entry is a key of its own (no lists in values), the day comes first, so
 * a lookup is a prefix scan of one day's postings of one feature, and forgetting a day is one range of keys.
 *
 * <ul>
 *   <li>posting: [day 4 bytes][feature hash 8 bytes][story id UTF-8]</li>
 *   <li>expiry: [day 4 bytes][kind 1 byte: S story, A article][id UTF-8]</li>
 * </ul>
 * Days are counted from the epoch, as unsigned big-endian ints so that byte order is time order.
 */
final class IndexKeys {
  static final byte STORY = 'S';
  static final byte ARTICLE = 'A';
  private static final int POSTING_PREFIX = Integer.BYTES + Long.BYTES;
  private static final int EXPIRY_PREFIX = Integer.BYTES + 1;

  private IndexKeys() {}

  static Bytes postingPrefix(int day, long feature) {
    return Bytes.wrap(ByteBuffer.allocate(POSTING_PREFIX).putInt(day).putLong(feature).array());
  }

  static Bytes posting(int day, long feature, String storyId) {
    byte[] id = storyId.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(POSTING_PREFIX + id.length).putInt(day).putLong(feature).put(id).array());
  }

  static String storyOfPosting(Bytes key) {
    byte[] bytes = key.get();
    return new String(bytes, POSTING_PREFIX, bytes.length - POSTING_PREFIX, StandardCharsets.UTF_8);
  }

  /** The first key of a day: every key of earlier days sorts before it. */
  static Bytes dayStart(int day) {
    return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES).putInt(day).array());
  }

  static Bytes expiry(int day, byte kind, String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(EXPIRY_PREFIX + bytes.length).putInt(day).put(kind).put(bytes).array());
  }

  static byte kindOfExpiry(Bytes key) {
    return key.get()[Integer.BYTES];
  }

  static String idOfExpiry(Bytes key) {
    byte[] bytes = key.get();
    return new String(bytes, EXPIRY_PREFIX, bytes.length - EXPIRY_PREFIX, StandardCharsets.UTF_8);
  }

  static int dayOf(Bytes key) {
    return ByteBuffer.wrap(key.get()).getInt();
  }
}
