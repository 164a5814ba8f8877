package io.mediamon.stories.assign;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact binary form of {@link StoryProfile} for the profile store and its changelog (read for every candidate,
 * so cheaper than Avro: arrays of hashed features, no strings but the id). The first byte is the format version: a
 * profile of an unknown version is refused with an exception that names it.
 */
public final class StoryProfileSerde implements Serde<StoryProfile> {
  private static final byte VERSION = 7;
  /**
   * A meaning vector is kept as 16-bit steps of its largest component: half the bytes of floats (a profile is read for
   * every candidate), and a story's sum, written again at each article, drifts by about half a thousandth of its
   * length over a thousand articles, its direction by about as many radians (simulated: rounding at each write), and
   * a cosine with it by no more.
   */
  private static final int MEANING_STEPS = Short.MAX_VALUE;
  /** Version 6: no meaning vectors (read as none). */
  private static final byte VERSION_6 = 6;
  /** Version 5: no sums of money (read as none). */
  private static final byte VERSION_5 = 5;
  /** Version 4: no headline numbers (read as none). */
  private static final byte VERSION_4 = 4;
  /** Version 3: no days of a month or weekdays either (read as none). */
  private static final byte VERSION_3 = 3;

  @Override
  public Serializer<StoryProfile> serializer() {
    return (topic, profile) -> profile == null ? null : write(profile);
  }

  @Override
  public Deserializer<StoryProfile> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  static byte[] write(StoryProfile p) {
    byte[] id = p.storyId().getBytes(StandardCharsets.UTF_8);
    int size = 1 + 4 + id.length + 8 + 8 + 4 + vectorSize(p.terms()) + vectorSize(p.entities())
        + longsSize(p.years()) + longsSize(p.numbers()) + longsSize(p.mainPerson())
        + longsSize(p.mainYears()) + longsSize(p.days()) + longsSize(p.weekdays()) + longsSize(p.headlineNumbers())
        + longsSize(p.leadAmounts()) + 4 + (p.meaning().length == 0 ? 0 : 4 + p.meaning().length * 2);
    ByteBuffer out = ByteBuffer.allocate(size);
    out.put(VERSION).putInt(id.length).put(id).putLong(p.firstSeen()).putLong(p.lastSeen()).putInt(p.articles());
    writeVector(out, p.terms());
    writeVector(out, p.entities());
    writeLongs(out, p.years());
    writeLongs(out, p.numbers());
    writeLongs(out, p.mainPerson());
    writeLongs(out, p.mainYears());
    writeLongs(out, p.days());
    writeLongs(out, p.weekdays());
    writeLongs(out, p.headlineNumbers());
    writeLongs(out, p.leadAmounts());
    writeMeaning(out, p.meaning());
    return out.array();
  }

  static StoryProfile read(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte version = in.get();
    if (version != VERSION && version != VERSION_6 && version != VERSION_5 && version != VERSION_4
        && version != VERSION_3) {
      throw new IllegalArgumentException("story profile of unknown format version " + version);
    }
    byte[] id = new byte[in.getInt()];
    in.get(id);
    String storyId = new String(id, StandardCharsets.UTF_8);
    long firstSeen = in.getLong();
    long lastSeen = in.getLong();
    int articles = in.getInt();
    SparseVector terms = readVector(in);
    SparseVector entities = readVector(in);
    long[] years = readLongs(in);
    long[] numbers = readLongs(in);
    long[] mainPerson = readLongs(in);
    long[] mainYears = readLongs(in);
    long[] none = new long[0];
    long[] days = version == VERSION_3 ? none : readLongs(in);
    long[] weekdays = version == VERSION_3 ? none : readLongs(in);
    long[] headlineNumbers = version >= VERSION_5 ? readLongs(in) : none;
    long[] leadAmounts = version >= VERSION_6 ? readLongs(in) : none;
    float[] meaning = version == VERSION ? readMeaning(in) : new float[0];
    return new StoryProfile(storyId, firstSeen, lastSeen, articles, terms, entities, years, numbers, mainPerson,
        mainYears, days, weekdays, headlineNumbers, leadAmounts, meaning);
  }

  private static int vectorSize(SparseVector v) {
    return 4 + v.keys().length * 12;
  }

  private static int longsSize(long[] a) {
    return 4 + a.length * 8;
  }

  private static void writeVector(ByteBuffer out, SparseVector v) {
    out.putInt(v.keys().length);
    for (int i = 0; i < v.keys().length; i++) {
      out.putLong(v.keys()[i]).putFloat(v.values()[i]);
    }
  }

  private static SparseVector readVector(ByteBuffer in) {
    int n = in.getInt();
    long[] keys = new long[n];
    float[] values = new float[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      keys[i] = in.getLong();
      values[i] = in.getFloat();
      sum += values[i] * values[i];
    }
    return new SparseVector(keys, values, Math.sqrt(sum));
  }

  private static void writeMeaning(ByteBuffer out, float[] meaning) {
    out.putInt(meaning.length);
    if (meaning.length == 0) {
      return;
    }
    float largest = 0;
    for (float x : meaning) {
      largest = Math.max(largest, Math.abs(x));
    }
    out.putFloat(largest);
    for (float x : meaning) {
      out.putShort(largest == 0 ? 0 : (short) Math.round(x / largest * MEANING_STEPS));
    }
  }

  private static float[] readMeaning(ByteBuffer in) {
    float[] meaning = new float[in.getInt()];
    if (meaning.length == 0) {
      return meaning;
    }
    float largest = in.getFloat();
    for (int i = 0; i < meaning.length; i++) {
      meaning[i] = in.getShort() * largest / MEANING_STEPS;
    }
    return meaning;
  }

  private static void writeLongs(ByteBuffer out, long[] a) {
    out.putInt(a.length);
    for (long x : a) {
      out.putLong(x);
    }
  }

  private static long[] readLongs(ByteBuffer in) {
    long[] a = new long[in.getInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.getLong();
    }
    return a;
  }
}
