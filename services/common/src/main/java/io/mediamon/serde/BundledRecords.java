package io.mediamon.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Any mediamon record from its bytes alone: the single-object header's fingerprint names the writer schema (one of
 * {@link BundledSchemas}, current or earlier), whose record name gives the class the record is read into, with the
 * current schema's defaults. For tools that read every topic, and internal ones (store changelogs), alike.
 */
public final class BundledRecords {
  private static final SchemaStore STORE = BundledSchemas.store();
  private static final Map<Class<?>, AvroSerde<?>> SERDES = new ConcurrentHashMap<>();

  private BundledRecords() {}

  /** Whether the bytes start with Avro's single-object marker {@code C3 01}. */
  public static boolean isSingleObject(byte[] bytes) {
    return bytes != null && bytes.length >= 2 && bytes[0] == (byte) 0xC3 && bytes[1] == (byte) 0x01;
  }

  /**
   * The record the bytes hold, or null for null (a tombstone).
   *
   * @throws SerializationException naming why when the bytes are not a record of a bundled schema
   */
  public static SpecificRecord decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    return serdeFor(typeOf(bytes)).fromBytes(bytes);
  }

  /** The class of the record the bytes hold, from the header alone. */
  public static Class<? extends SpecificRecord> typeOf(byte[] bytes) {
    if (!isSingleObject(bytes)) {
      throw new SerializationException("not an Avro single-object encoded record (no C3 01 marker)");
    }
    if (bytes.length < 10) {
      throw new SerializationException("truncated Avro single-object header");
    }
    long fingerprint = 0;
    for (int i = 9; i >= 2; i--) {
      fingerprint = (fingerprint << 8) | (bytes[i] & 0xFF);
    }
    Schema schema = STORE.findByFingerprint(fingerprint);
    if (schema == null) {
      throw new SerializationException(String.format("unknown Avro schema fingerprint 0x%016x: the writer used a "
          + "schema this build of mediamon does not bundle", fingerprint));
    }
    for (Schema current : BundledSchemas.all()) {
      if (current.getFullName().equals(schema.getFullName())) {
        TrustedSchemaPackages.ensureTrusted();
        @SuppressWarnings("unchecked")
        Class<? extends SpecificRecord> type =
            (Class<? extends SpecificRecord>) SpecificData.get().getClass(current);
        if (type == null) {
          throw new SerializationException("no class for " + current.getFullName() + " on the class path");
        }
        return type;
      }
    }
    throw new SerializationException("no current schema for " + schema.getFullName());
  }

  private static AvroSerde<?> serdeFor(Class<? extends SpecificRecord> type) {
    return SERDES.computeIfAbsent(type, t -> AvroSerde.of(type));
  }
}
