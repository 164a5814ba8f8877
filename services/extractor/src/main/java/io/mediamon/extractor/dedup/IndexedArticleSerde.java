package io.mediamon.extractor.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary form of {@link IndexedArticle} in the index store and its changelog: a format version, then fixed-width
 * fields (about 540 bytes). Internal state only, never on a mediamon topic, so it needs no Avro schema; the version
 * byte lets a later release read or discard what an earlier one wrote.
 */
public final class IndexedArticleSerde implements Serde<IndexedArticle> {
  static final byte VERSION = 1;

  @Override
  public Serializer<IndexedArticle> serializer() {
    return (topic, article) -> article == null ? null : write(article);
  }

  @Override
  public Deserializer<IndexedArticle> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  static byte[] write(IndexedArticle article) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(560);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeLong(article.seenAt());
      out.writeLong(article.signature().exactHash());
      for (int value : article.signature().minHashes()) {
        out.writeInt(value);
      }
      out.writeBoolean(article.duplicateOf() != null);
      if (article.duplicateOf() != null) {
        out.writeUTF(article.duplicateOf());
        out.writeDouble(article.similarity());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the indexed article: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  static IndexedArticle read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new SerializationException("indexed article in format " + version + ", this release reads " + VERSION);
      }
      long seenAt = in.readLong();
      long exactHash = in.readLong();
      int[] minHashes = new int[TextSignature.HASHES];
      for (int i = 0; i < minHashes.length; i++) {
        minHashes[i] = in.readInt();
      }
      String duplicateOf = null;
      Double similarity = null;
      if (in.readBoolean()) {
        duplicateOf = in.readUTF();
        similarity = in.readDouble();
      }
      return new IndexedArticle(seenAt, new TextSignature(exactHash, minHashes), duplicateOf, similarity);
    } catch (IOException e) {
      throw new SerializationException("truncated or corrupt indexed article (" + bytes.length + " bytes)", e);
    }
  }
}
