package io.mediamon.stories.assign;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys of the posting and expiry stores. Every entry is a key of its own (no lists in values), so adding an article
 * touches only its own entries.
 *
 * <ul>
 *   <li>posting: [feature hash 8 bytes][day 4 bytes][story id UTF-8]: one lookup of a feature is one range scan over
 *       the days a story can still be open;</li>
 *   <li>expiry: [day 4 bytes][kind 1 byte][id]: what to forget when a day falls out of reach, in day order. Kinds:
 *       S a story (id: story id), A an article (id: article id), P a posting (id: the posting key).</li>
 * </ul>
 * Days are counted from the epoch, big-endian, so that byte order is time order.
 */
final class IndexKeys {
  static final byte STORY = 'S';
  static final byte ARTICLE = 'A';
  static final byte POSTING = 'P';
  private static final int POSTING_PREFIX = Long.BYTES + Integer.BYTES;
  private static final int EXPIRY_PREFIX = Integer.BYTES + 1;

  private IndexKeys() {}

  static Bytes posting(long feature, int day, String storyId) {
    byte[] id = storyId.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(POSTING_PREFIX + id.length).putLong(feature).putInt(day).put(id).array());
  }

  /** The first posting key of a feature on a day. */
  static Bytes postingFrom(long feature, int day) {
    return Bytes.wrap(ByteBuffer.allocate(POSTING_PREFIX).putLong(feature).putInt(day).array());
  }

  static String storyOfPosting(Bytes key) {
    byte[] bytes = key.get();
    return new String(bytes, POSTING_PREFIX, bytes.length - POSTING_PREFIX, StandardCharsets.UTF_8);
  }

  /** The first key of a day in the expiry store: every key of earlier days sorts before it. */
  static Bytes dayStart(int day) {
    return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES).putInt(day).array());
  }

  static Bytes expiry(int day, byte kind, String id) {
    return expiry(day, kind, id.getBytes(StandardCharsets.UTF_8));
  }

  static Bytes expiry(int day, byte kind, byte[] id) {
    return Bytes.wrap(ByteBuffer.allocate(EXPIRY_PREFIX + id.length).putInt(day).put(kind).put(id).array());
  }

  static byte kindOfExpiry(Bytes key) {
    return key.get()[Integer.BYTES];
  }

  static String idOfExpiry(Bytes key) {
    byte[] bytes = key.get();
    return new String(bytes, EXPIRY_PREFIX, bytes.length - EXPIRY_PREFIX, StandardCharsets.UTF_8);
  }

  static Bytes postingOfExpiry(Bytes key) {
    byte[] bytes = key.get();
    byte[] posting = new byte[bytes.length - EXPIRY_PREFIX];
    System.arraycopy(bytes, EXPIRY_PREFIX, posting, 0, posting.length);
    return Bytes.wrap(posting);
  }

  static int dayOfExpiry(Bytes key) {
    return ByteBuffer.wrap(key.get()).getInt();
  }
}
