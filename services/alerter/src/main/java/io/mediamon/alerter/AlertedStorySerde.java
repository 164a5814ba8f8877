package io.mediamon.alerter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary form of {@link AlertedStory} in the last-alerted store and its changelog: a format version, then the
 * fields, strings as length-prefixed UTF-8. Internal state only, never on a mediamon topic, so it needs no Avro
 * schema; the version byte lets a later release read or discard what an earlier one wrote.
 */
final class AlertedStorySerde implements Serde<AlertedStory> {
  /** 2 added the matched watches; a version 1 record reads as having matched none. */
  static final byte VERSION = 2;

  @Override
  public Serializer<AlertedStory> serializer() {
    return (topic, alerted) -> alerted == null ? null : write(alerted);
  }

  @Override
  public Deserializer<AlertedStory> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  static byte[] write(AlertedStory alerted) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeLong(alerted.alertedAt());
      out.writeInt(alerted.sourceCount());
      writeStrings(out, alerted.actors());
      writeStrings(out, alerted.speakers());
      writeStrings(out, alerted.watchIds());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the alerted story: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  static AlertedStory read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != 1 && version != VERSION) {
        throw new SerializationException("alerted story in format " + version + ", this release reads 1 and "
            + VERSION);
      }
      long alertedAt = in.readLong();
      int sourceCount = in.readInt();
      List<String> actors = readStrings(in);
      List<String> speakers = readStrings(in);
      List<String> watchIds = version == 1 ? List.of() : readStrings(in);
      return new AlertedStory(alertedAt, sourceCount, actors, speakers, watchIds);
    } catch (IOException e) {
      throw new SerializationException("truncated or corrupt alerted story (" + bytes.length + " bytes)", e);
    }
  }

  // writeUTF stops at 64 KiB and uses modified UTF-8; a length prefix has neither limit nor quirk.
  private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("implausible list length " + count);
    }
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int length = in.readInt();
      if (length < 0 || length > in.available()) {
        throw new IOException("implausible string length " + length);
      }
      strings.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }
    return strings;
  }
}
