package io.mediamon.spikes;

import io.mediamon.schema.SpikeSubject;
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
 * Binary form of {@link SubjectArticle} on the service's repartition topic: a format version, then the fields.
 * Internal to this service (its own topic, written and read by the same release), so it needs no Avro schema; the
 * version byte lets a later release refuse what it cannot read with a clear reason.
 */
final class SubjectArticleSerde implements Serde<SubjectArticle> {
  static final byte VERSION = 1;

  @Override
  public Serializer<SubjectArticle> serializer() {
    return (topic, article) -> article == null ? null : write(article);
  }

  @Override
  public Deserializer<SubjectArticle> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  static byte[] write(SubjectArticle article) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeByte(article.kind().ordinal());
      StateBytes.writeString(out, article.name());
      StateBytes.writeString(out, article.articleId());
      StateBytes.writeString(out, article.source());
      StateBytes.writeString(out, article.url());
      StateBytes.writeString(out, article.title());
      out.writeLong(article.reportedAt());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the subject's article: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  static SubjectArticle read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new SerializationException("subject article in format " + version + ", this release reads " + VERSION);
      }
      int kind = in.readByte();
      if (kind < 0 || kind >= SpikeSubject.values().length) {
        throw new IOException("unknown subject kind " + kind);
      }
      return new SubjectArticle(SpikeSubject.values()[kind], StateBytes.readString(in), StateBytes.readString(in),
          StateBytes.readString(in), StateBytes.readString(in), StateBytes.readString(in), in.readLong());
    } catch (IOException e) {
      throw new SerializationException("truncated or corrupt subject article (" + bytes.length + " bytes)", e);
    }
  }
}
