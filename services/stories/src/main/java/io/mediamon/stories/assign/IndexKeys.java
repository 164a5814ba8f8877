package io.mediamon.stories.assign;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys of the posting and expiry stores.
 *
 * <ul>
 *   <li>posting: [feature hash 8 bytes] → its {@link PostingList}: one lookup of a feature is one point read. The
 *       layout before lists, a key per posting [feature hash][day 4 bytes][story id], sorts after its feature's list;
 *       a stage upgraded from it reads it too until its entries have gone with their expiry entries.</li>
 *   <li>expiry: [day 4 bytes][kind 1 byte][id]: what to forget when a day falls out of reach, in day order. Kinds:
 *       S a story (id: story id), A an article (id: article id), P the postings of that day in a feature's list (id:
 *       the list's key).</li>
 * </ul>
 * Days are counted from the epoch, big-endian, so that byte order is time order.
 */
final class IndexKeys {
  static final byte STORY = 'S';
  static final byte ARTICLE = 'A';
  static final byte POSTING = 'P';
  private static final int EARLIER_POSTING_PREFIX = Long.BYTES + Integer.BYTES;
  private static final int EXPIRY_PREFIX = Integer.BYTES + 1;

  private IndexKeys() {}

  static Bytes feature(long feature) {
    return Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong(feature).array());
  }

  /** Whether a posting store key is a feature's list (not a posting of the layout before lists). */
  static boolean isFeature(Bytes key) {
    return key.get().length == Long.BYTES;
  }

  /** The first posting key of a feature on a day, in the layout before lists. */
  static Bytes earlierPostingFrom(long feature, int day) {
    return Bytes.wrap(ByteBuffer.allocate(EARLIER_POSTING_PREFIX).putLong(feature).putInt(day).array());
  }

  static String storyOfEarlierPosting(Bytes key) {
    byte[] bytes = key.get();
    return new String(bytes, EARLIER_POSTING_PREFIX, bytes.length - EARLIER_POSTING_PREFIX, StandardCharsets.UTF_8);
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

  /** The key in the posting store that a P expiry entry names. */
  static Bytes postingsOfExpiry(Bytes key) {
    byte[] bytes = key.get();
    byte[] posting = new byte[bytes.length - EXPIRY_PREFIX];
    System.arraycopy(bytes, EXPIRY_PREFIX, posting, 0, posting.length);
    return Bytes.wrap(posting);
  }

  static int dayOfExpiry(Bytes key) {
    return ByteBuffer.wrap(key.get()).getInt();
  }
}
