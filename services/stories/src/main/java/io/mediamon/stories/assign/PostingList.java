package io.mediamon.stories.assign;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The stories a feature was posted by: at most {@link #MAX_STORIES} distinct stories, each with the latest day it
 * posted the feature, newest day first and, within a day, the latest posted first. One value per feature, so that a
 * lookup is one point read, not a range scan over a key per posting (at 1M open stories half the time, README: bench
 * stories).
 *
 * <p>A common word's list is written again with nearly every new story that has it, so its encoding is kept small.
 * When every id is of the form {@link StoryAssigner#storyIdFor} makes them ("sty-" and 16 hex digits, as every story
 * of the stage's own is), the list is [{@link #GROUPED}] then, per day, [day 4 bytes][count 1 byte][8 bytes per id]:
 * about 8.5 bytes per posting. Otherwise (an id of another form) it is the first encoding, which is still read:
 * [day 4 bytes][id length 1 byte][story id UTF-8] per posting, a compact id written as length 0 and its 8 bytes.
 * The two cannot be taken for each other: the first byte of the first encoding is a day's high byte, 0 until the
 * year 45,000.
 */
record PostingList(List<Posting> postings) {
  /** Stories kept per feature: the newest; a common word's older stories are found by their rarer features. */
  static final int MAX_STORIES = 30;
  static final PostingList EMPTY = new PostingList(List.of());
  private static final String STORY_PREFIX = StoryAssigner.STORY_ID_PREFIX;
  /** The prefix and the 16 hex digits a long holds. */
  private static final int COMPACT_LENGTH = STORY_PREFIX.length() + 2 * Long.BYTES;
  /** The first byte of a list encoded by day, every id compact. */
  static final byte GROUPED = 1;
  /** Ids of one day in one group at most: a count takes one byte. */
  private static final int MAX_GROUP = 255;

  record Posting(String storyId, int day) {}

  PostingList {
    postings = List.copyOf(postings);
  }

  static PostingList decode(byte[] bytes) {
    if (bytes == null) {
      return EMPTY;
    }
    if (bytes.length > 0 && bytes[0] == GROUPED) {
      return decodeGrouped(bytes);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    List<Posting> postings = new ArrayList<>();
    while (buffer.remaining() >= Integer.BYTES + 1) {
      int day = buffer.getInt();
      int length = Byte.toUnsignedInt(buffer.get());
      if ((length == 0 ? Long.BYTES : length) > buffer.remaining()) {
        throw cutShort(bytes);
      }
      if (length == 0) {
        postings.add(new Posting(compactId(buffer.getLong()), day));
      } else {
        postings.add(new Posting(new String(bytes, buffer.position(), length, StandardCharsets.UTF_8), day));
        buffer.position(buffer.position() + length);
      }
    }
    return new PostingList(postings);
  }

  private static PostingList decodeGrouped(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
    List<Posting> postings = new ArrayList<>();
    while (buffer.hasRemaining()) {
      if (buffer.remaining() < Integer.BYTES + 1) {
        throw cutShort(bytes);
      }
      int day = buffer.getInt();
      int count = Byte.toUnsignedInt(buffer.get());
      if (count * Long.BYTES > buffer.remaining()) {
        throw cutShort(bytes);
      }
      for (int i = 0; i < count; i++) {
        postings.add(new Posting(compactId(buffer.getLong()), day));
      }
    }
    return new PostingList(postings);
  }

  private static IllegalArgumentException cutShort(byte[] bytes) {
    return new IllegalArgumentException("A posting list is cut short: " + bytes.length + " bytes");
  }

  byte[] encode() {
    return postings.stream().allMatch(p -> isCompact(p.storyId())) ? encodeGrouped() : encodeEach();
  }

  /** By day, ids in 8 bytes: postings are in day order already, so a day's are next to each other. */
  private byte[] encodeGrouped() {
    ByteBuffer buffer = ByteBuffer.allocate(1 + postings.size() * (Integer.BYTES + 1 + Long.BYTES));
    buffer.put(GROUPED);
    int i = 0;
    while (i < postings.size()) {
      int day = postings.get(i).day();
      int end = i;
      while (end < postings.size() && postings.get(end).day() == day && end - i < MAX_GROUP) {
        end++;
      }
      buffer.putInt(day).put((byte) (end - i));
      for (; i < end; i++) {
        buffer.putLong(compactBits(postings.get(i).storyId()));
      }
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  private byte[] encodeEach() {
    ByteBuffer buffer = ByteBuffer.allocate(postings.size() * (Integer.BYTES + 1 + Long.BYTES) + postings.stream()
        .filter(p -> !isCompact(p.storyId())).mapToInt(p -> p.storyId().length() * 3).sum());
    for (Posting p : postings) {
      buffer.putInt(p.day());
      if (isCompact(p.storyId())) {
        buffer.put((byte) 0).putLong(compactBits(p.storyId()));
        continue;
      }
      byte[] id = p.storyId().getBytes(StandardCharsets.UTF_8);
      if (id.length == 0 || id.length > 255) {
        throw new IllegalArgumentException("A story id of " + id.length + " bytes: " + p.storyId());
      }
      buffer.put((byte) id.length).put(id);
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  /** The 8 bytes a compact id ({@link #isCompact}) is kept in, and back. */
  private static long compactBits(String id) {
    return HexFormat.fromHexDigitsToLong(id, STORY_PREFIX.length(), COMPACT_LENGTH);
  }

  private static String compactId(long bits) {
    return STORY_PREFIX + HexFormat.of().toHexDigits(bits);
  }

  /** Whether the id is the prefix and 16 lowercase hex digits, as {@link StoryAssigner#storyIdFor} makes them. */
  private static boolean isCompact(String id) {
    if (id.length() != COMPACT_LENGTH || !id.startsWith(STORY_PREFIX)) {
      return false;
    }
    for (int i = STORY_PREFIX.length(); i < COMPACT_LENGTH; i++) {
      char c = id.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  boolean hasDay(int day) {
    return postings.stream().anyMatch(p -> p.day() == day);
  }

  /**
   * The list with the story posted on this day, or this same list when the story is already in it from that day or
   * a later one (nothing to write).
   */
  PostingList with(String storyId, int day) {
    List<Posting> kept = new ArrayList<>(postings.size() + 1);
    int at = -1;
    for (Posting p : postings) {
      if (p.storyId().equals(storyId)) {
        if (p.day() >= day) {
          return this;
        }
        continue;
      }
      if (at < 0 && p.day() <= day) {
        at = kept.size();
      }
      kept.add(p);
    }
    kept.add(at < 0 ? kept.size() : at, new Posting(storyId, day));
    return new PostingList(kept.size() > MAX_STORIES ? kept.subList(0, MAX_STORIES) : kept);
  }

  /** The postings whose day passes the test, or this same list when all do. */
  PostingList keeping(IntPredicate day) {
    List<Posting> kept = postings.stream().filter(p -> day.test(p.day())).toList();
    return kept.size() == postings.size() ? this : new PostingList(kept);
  }

  boolean isEmpty() {
    return postings.isEmpty();
  }
}
