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
 * <p>Encoded as [day 4 bytes][id length 1 byte][story id UTF-8], repeated; an id as {@link StoryAssigner#storyIdFor}
 * makes them ("sty-" and 16 hex digits) is written as length 0 and its 8 bytes, since a common word's list is written
 * again with nearly every article that has it.
 */
record PostingList(List<Posting> postings) {
  /** Stories kept per feature: the newest; a common word's older stories are found by their rarer features. */
  static final int MAX_STORIES = 30;
  static final PostingList EMPTY = new PostingList(List.of());
  private static final String STORY_PREFIX = StoryAssigner.STORY_ID_PREFIX;
  /** The prefix and the 16 hex digits a long holds. */
  private static final int COMPACT_LENGTH = STORY_PREFIX.length() + 2 * Long.BYTES;

  record Posting(String storyId, int day) {}

  PostingList {
    postings = List.copyOf(postings);
  }

  static PostingList decode(byte[] bytes) {
    if (bytes == null) {
      return EMPTY;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    List<Posting> postings = new ArrayList<>();
    while (buffer.remaining() >= Integer.BYTES + 1) {
      int day = buffer.getInt();
      int length = Byte.toUnsignedInt(buffer.get());
      if ((length == 0 ? Long.BYTES : length) > buffer.remaining()) {
        throw new IllegalArgumentException("A posting list is cut short: " + bytes.length + " bytes");
      }
      if (length == 0) {
        postings.add(new Posting(STORY_PREFIX + HexFormat.of().toHexDigits(buffer.getLong()), day));
      } else {
        postings.add(new Posting(new String(bytes, buffer.position(), length, StandardCharsets.UTF_8), day));
        buffer.position(buffer.position() + length);
      }
    }
    return new PostingList(postings);
  }

  byte[] encode() {
    ByteBuffer buffer = ByteBuffer.allocate(postings.size() * (Integer.BYTES + 1 + Long.BYTES) + postings.stream()
        .filter(p -> !isCompact(p.storyId())).mapToInt(p -> p.storyId().length() * 3).sum());
    for (Posting p : postings) {
      buffer.putInt(p.day());
      if (isCompact(p.storyId())) {
        buffer.put((byte) 0).putLong(HexFormat.fromHexDigitsToLong(p.storyId(), STORY_PREFIX.length(), COMPACT_LENGTH));
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
