package io.mediamon.spikes;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Binary form of {@link WindowTally} in the window-counts store and its changelog: a format version, two ints. */
final class WindowTallySerde implements Serde<WindowTally> {
  static final byte VERSION = 1;
  private static final int SIZE = 1 + 2 * Integer.BYTES;

  @Override
  public Serializer<WindowTally> serializer() {
    return (topic, tally) -> tally == null ? null
        : ByteBuffer.allocate(SIZE).put(VERSION).putInt(tally.articles()).putInt(tally.outlets()).array();
  }

  @Override
  public Deserializer<WindowTally> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      if (bytes.length != SIZE || bytes[0] != VERSION) {
        throw new SerializationException("window tally of " + bytes.length + " bytes in format "
            + (bytes.length > 0 ? bytes[0] : -1) + ", this release reads " + SIZE + " bytes in format " + VERSION);
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, SIZE - 1);
      return new WindowTally(buffer.getInt(), buffer.getInt());
    };
  }
}
