package io.mediamon.streams.errors;

import io.mediamon.serde.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.avro.specific.SpecificRecord;

/** Record values that no mediamon serde can read, one kind each, for the poisoned-topic tests. */
public final class PoisonValues {
  private PoisonValues() {}

  /** Bytes from a fixed-seed random generator: no Avro header, no text. */
  public static byte[] garbage() {
    byte[] bytes = new byte[200];
    new SplittableRandom(4711).nextBytes(bytes);
    bytes[0] = 0x7f; // not the single-object marker 0xC3 0x01
    return bytes;
  }

  /** Text that is no Avro at all. */
  public static byte[] text() {
    return "{\"id\": \"a1\", \"body\": \"JSON, not Avro\"}".getBytes(StandardCharsets.UTF_8);
  }

  /** A well-formed single-object-encoded record of another (bundled) schema than the topic's. */
  @SuppressWarnings("unchecked")
  public static <T extends SpecificRecord> byte[] otherSchema(T record) {
    return AvroSerde.of((Class<T>) record.getClass()).toBytes(record);
  }

  /** The single-object marker and a schema fingerprint no build of mediamon bundles, then a plausible body. */
  public static byte[] unknownFingerprint() {
    byte[] bytes = new byte[40];
    bytes[0] = (byte) 0xC3;
    bytes[1] = 0x01;
    long fingerprint = 0x5eed_0bad_f00d_4711L;
    for (int i = 0; i < 8; i++) {
      bytes[2 + i] = (byte) (fingerprint >>> (8 * i));
    }
    Arrays.fill(bytes, 10, bytes.length, (byte) 0x02);
    return bytes;
  }

  /** A good record of the topic's own schema, cut off halfway through its body. */
  public static byte[] truncated(byte[] good) {
    return Arrays.copyOf(good, 10 + (good.length - 10) / 2);
  }
}
