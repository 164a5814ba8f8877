package io.mediamon.stories.assign;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact binary form of {@link StoryProfile} for the profile store and its changelog (read for every candidate,
 * so cheaper than Avro records). The first byte is the format version: a profile of an unknown version is refused
 * with an exception that names it.
 */
public final class StoryProfileSerde implements Serde<StoryProfile> {
  private static final byte VERSION = 1;

  @Override
  public Serializer<StoryProfile> serializer() {
    return (topic, profile) -> profile == null ? null : write(profile);
  }

  @Override
  public Deserializer<StoryProfile> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  static byte[] write(StoryProfile p) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(p.storyId());
      out.writeLong(p.firstSeen());
      out.writeLong(p.lastSeen());
      out.writeInt(p.articles());
      writeMap(out, p.terms());
      writeMap(out, p.entities());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static StoryProfile read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("story profile of unknown format version " + version);
      }
      return new StoryProfile(in.readUTF(), in.readLong(), in.readLong(), in.readInt(), readMap(in), readMap(in));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable story profile", e);
    }
  }

  private static void writeMap(DataOutputStream out, Map<String, Float> map) throws IOException {
    out.writeShort(map.size());
    for (Map.Entry<String, Float> e : map.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeFloat(e.getValue());
    }
  }

  private static Map<String, Float> readMap(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    Map<String, Float> map = new LinkedHashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      map.put(in.readUTF(), in.readFloat());
    }
    return map;
  }
}
