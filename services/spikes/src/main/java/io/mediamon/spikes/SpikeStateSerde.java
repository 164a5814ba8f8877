package io.mediamon.spikes;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Binary form of {@link SpikeState} in the alerted store and its changelog: a format version and three numbers. */
final class SpikeStateSerde implements Serde<SpikeState> {
  static final byte VERSION = 1;
  private static final int SIZE = 1 + Long.BYTES + Integer.BYTES + Double.BYTES;

  @Override
  public Serializer<SpikeState> serializer() {
    return (topic, state) -> state == null ? null : ByteBuffer.allocate(SIZE).put(VERSION)
        .putLong(state.windowStart()).putInt(state.articles()).putDouble(state.baseline()).array();
  }

  @Override
  public Deserializer<SpikeState> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      if (bytes.length != SIZE || bytes[0] != VERSION) {
        throw new SerializationException("spike state of " + bytes.length + " bytes in format "
            + (bytes.length > 0 ? bytes[0] : -1) + ", this release reads " + SIZE + " bytes in format " + VERSION);
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, SIZE - 1);
      return new SpikeState(buffer.getLong(), buffer.getInt(), buffer.getDouble());
    };
  }
}
