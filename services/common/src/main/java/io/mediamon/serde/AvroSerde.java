package io.mediamon.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro binary in Avro's single-object encoding (magic bytes + 64-bit schema fingerprint + body), resolved against
 * {@link BundledSchemas}. Null stays null so compacted topics can carry tombstones.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
  private final Class<T> type;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  private AvroSerde(Class<T> type) {
    TrustedSchemaPackages.ensureTrusted();
    this.type = type;
    SpecificData model = SpecificData.getForClass(type);
    Schema schema = model.getSchema(type);
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, BundledSchemas.store());
  }

  public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
    return new AvroSerde<>(type);
  }

  /** The record class this serde reads and writes. */
  public Class<T> type() {
    return type;
  }

  public byte[] toBytes(T value) {
    if (value == null) {
      return null;
    }
    try {
      ByteBuffer buffer = encoder.encode(value);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException | AvroRuntimeException | NullPointerException | ClassCastException e) {
      throw new SerializationException("cannot write " + type.getSimpleName() + " as Avro: " + e.getMessage(), e);
    }
  }

  public T fromBytes(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return decoder.decode(bytes);
    } catch (MissingSchemaException e) {
      throw new SerializationException("unknown Avro schema fingerprint "
          + fingerprintOf(bytes) + ": the writer used a schema this build of mediamon does not bundle", e);
    } catch (BadHeaderException e) {
      throw new SerializationException("not an Avro single-object encoded " + type.getSimpleName()
          + " (" + e.getMessage() + ")", e);
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new SerializationException("corrupt Avro " + type.getSimpleName() + ": " + e, e);
    }
  }

  private static String fingerprintOf(byte[] bytes) {
    if (bytes.length < 10) {
      return "(truncated header)";
    }
    StringBuilder hex = new StringBuilder("0x");
    for (int i = 9; i >= 2; i--) {
      hex.append(String.format("%02x", bytes[i]));
    }
    return hex.toString();
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> toBytes(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> fromBytes(bytes);
  }
}
