package io.mediamon.spikes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Binary form of {@link WindowCount} in the window-details store and its changelog: a version, then the fields. */
final class WindowCountSerde implements Serde<WindowCount> {
  static final byte VERSION = 1;

  @Override
  public Serializer<WindowCount> serializer() {
    return (topic, count) -> count == null ? null : write(count);
  }

  @Override
  public Deserializer<WindowCount> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  static byte[] write(WindowCount count) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(count.articles());
      out.writeLong(count.firstReported());
      out.writeLong(count.lastReported());
      StateBytes.writeStrings(out, count.outlets());
      out.writeInt(count.samples().size());
      for (WindowCount.Sample sample : count.samples()) {
        StateBytes.writeString(out, sample.articleId());
        StateBytes.writeString(out, sample.url());
        StateBytes.writeString(out, sample.title());
        StateBytes.writeString(out, sample.source());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the window count: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  static WindowCount read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new SerializationException("window count in format " + version + ", this release reads " + VERSION);
      }
      int articles = in.readInt();
      long first = in.readLong();
      long last = in.readLong();
      List<String> outlets = StateBytes.readStrings(in);
      int sampleCount = StateBytes.count(in);
      List<WindowCount.Sample> samples = new ArrayList<>(sampleCount);
      for (int i = 0; i < sampleCount; i++) {
        samples.add(new WindowCount.Sample(StateBytes.readString(in), StateBytes.readString(in),
            StateBytes.readString(in), StateBytes.readString(in)));
      }
      return new WindowCount(articles, outlets, samples, first, last);
    } catch (IOException e) {
      throw new SerializationException("truncated or corrupt window count (" + bytes.length + " bytes)", e);
    }
  }
}
