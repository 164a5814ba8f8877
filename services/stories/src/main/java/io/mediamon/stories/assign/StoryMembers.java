package io.mediamon.stories.assign;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.serde.AvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The articles of each open story that can still split ({@link StorySplitter}): each as a one-article profile (its
 * vectors as it was assigned) with the assigned article itself, without its word counts, so that a split can say
 * what moved. One entry per article, keyed [story id UTF-8][0][position, 4 bytes big-endian], so that adding an
 * article writes only its own entry and a story's articles are one range in join order.
 *
 * <p>Value: [format version][profile length, 4 bytes][profile ({@link StoryProfileSerde})][article (Avro)]. An
 * entry of an unknown version is refused with an exception that names it.
 *
 * <p>A story's first article is kept without its meaning vector ({@link #first}): while the story has one article,
 * that vector is the story profile's, and later it is the profile's sum less the other articles' ({@link #of}). Most
 * stories never get a second article, and the vector is a large part of a one-article profile; keeping it twice
 * made the state of a million open stories nearly a fifth larger (README, {@code bench stories}).
 */
final class StoryMembers {
  private static final byte VERSION = 1;
  /**
   * How far from 1 the length of a first article's vector, found as the story's sum less the others', may be: the
   * 16-bit steps of the sums leave far less; an article without a vector leaves about 0.
   */
  private static final double UNIT_LENGTH_TOLERANCE = 0.1;
  private static final AvroSerde<ArticleFeatures> ARTICLES = AvroSerde.of(ArticleFeatures.class);

  /** One article of a story. */
  record Member(StoryProfile profile, ArticleFeatures article) {}

  private final KeyValueStore<Bytes, byte[]> store;

  StoryMembers(KeyValueStore<Bytes, byte[]> store) {
    this.store = store;
  }

  /** Keeps the article as the story's {@code position}-th (from 0). */
  void put(String storyId, int position, Member member) {
    store.put(key(storyId, position), write(member));
  }

  /**
   * The story's articles, in the order they joined, each with its meaning vector: the first one's, not kept
   * ({@link #first}), is the story's summed vector less the others'.
   *
   * @param story the story's profile, whose sums are over exactly these articles
   */
  List<Member> of(StoryProfile story) {
    List<Member> members = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = store.range(key(story.storyId(), 0),
        key(story.storyId(), Integer.MAX_VALUE))) {
      while (it.hasNext()) {
        members.add(read(it.next().value));
      }
    }
    if (!members.isEmpty() && members.get(0).profile().meaning().length == 0) {
      Member first = members.get(0);
      float[] vector = firstMeaning(story.meaning(), members.subList(1, members.size()));
      members.set(0, new Member(first.profile().withMeaning(vector), first.article()));
    }
    return members;
  }

  /** The first article as kept: without its meaning vector, which is the story's while it is the only article. */
  static Member first(StoryProfile alone, ArticleFeatures article) {
    return new Member(alone.withMeaning(new float[0]), article);
  }

  /**
   * The story's summed vector less the other articles': the first article's vector. None when the story has none,
   * or when what is left is not a unit vector's length (the first article had none: what is left is rounding).
   */
  private static float[] firstMeaning(float[] sum, List<Member> others) {
    if (sum.length == 0) {
      return sum;
    }
    float[] first = sum.clone();
    for (Member other : others) {
      float[] vector = other.profile().meaning();
      if (vector.length == first.length) {
        for (int i = 0; i < first.length; i++) {
          first[i] -= vector[i];
        }
      }
    }
    double norm = 0;
    for (float x : first) {
      norm += x * x;
    }
    return Math.abs(Math.sqrt(norm) - 1) < UNIT_LENGTH_TOLERANCE ? first : new float[0];
  }

  /** The story's first article, or null when none is kept. */
  ArticleFeatures firstArticle(String storyId) {
    byte[] entry = store.get(key(storyId, 0));
    return entry == null ? null : read(entry).article();
  }

  /** The one-article profiles of the story's articles, in the order they joined (the articles are not decoded). */
  List<StoryProfile> profilesOf(String storyId) {
    List<StoryProfile> profiles = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = store.range(key(storyId, 0), key(storyId, Integer.MAX_VALUE))) {
      while (it.hasNext()) {
        profiles.add(StoryProfileSerde.read(profileBytes(ByteBuffer.wrap(it.next().value))));
      }
    }
    return profiles;
  }

  /** Keeps exactly these articles for the story, in this order. */
  void replace(String storyId, List<Member> members) {
    forget(storyId);
    for (int i = 0; i < members.size(); i++) {
      put(storyId, i, members.get(i));
    }
  }

  /** Forgets the story's articles (it can no longer split: dormant, or grown past the size that can). */
  void forget(String storyId) {
    List<Bytes> keys = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = store.range(key(storyId, 0), key(storyId, Integer.MAX_VALUE))) {
      it.forEachRemaining((KeyValue<Bytes, byte[]> kv) -> keys.add(kv.key));
    }
    keys.forEach(store::delete);
  }

  /** The article as kept: without its word counts, which only the assignment needed. */
  static ArticleFeatures kept(ArticleFeatures assigned) {
    return ArticleFeatures.newBuilder(assigned).setTerms(Map.of()).build();
  }

  private static Bytes key(String storyId, int position) {
    byte[] id = storyId.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(id.length + 1 + Integer.BYTES).put(id).put((byte) 0).putInt(position)
        .array());
  }

  private static byte[] write(Member member) {
    byte[] profile = StoryProfileSerde.write(member.profile());
    byte[] article = ARTICLES.toBytes(member.article());
    return ByteBuffer.allocate(1 + Integer.BYTES + profile.length + article.length)
        .put(VERSION).putInt(profile.length).put(profile).put(article).array();
  }

  private static Member read(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte[] profile = profileBytes(in);
    byte[] article = new byte[in.remaining()];
    in.get(article);
    return new Member(StoryProfileSerde.read(profile), ARTICLES.fromBytes(article));
  }

  /** The profile's bytes of an entry, leaving {@code in} at the article's. */
  private static byte[] profileBytes(ByteBuffer in) {
    byte version = in.get();
    if (version != VERSION) {
      throw new IllegalArgumentException("story member of unknown format version " + version);
    }
    byte[] profile = new byte[in.getInt()];
    in.get(profile);
    return profile;
  }
}
