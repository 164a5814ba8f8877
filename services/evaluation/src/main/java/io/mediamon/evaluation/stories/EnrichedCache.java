package io.mediamon.evaluation.stories;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.serde.AvroSerde;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * Analyzed articles saved to a file, so that tuning the story stages does not pay for NER again on every run. Only
 * used when asked for ({@code --cache FILE}).
 *
 * <p>The file starts with a marker and the {@link AnalysisFingerprint} of the analyzer that wrote it, then holds
 * length-prefixed Avro single-object records. A file written by another analyzer (another extractor build or
 * extractor settings), or by a build from before the marker, is not read: the articles are analyzed again and the
 * file is written anew.
 */
final class EnrichedCache {
  /** "MMEC" and the format's version, so that a file of another kind is told apart from a stale cache. */
  private static final int MAGIC = 0x4D4D4543;
  private static final int FORMAT = 1;
  private static final Serde<EnrichedArticle> SERDE = AvroSerde.of(EnrichedArticle.class);

  private EnrichedCache() {}

  /**
   * What a cache file gave: the saved articles with the ids asked for, in their order, or none and why (null when
   * there is no file).
   */
  record Lookup(List<EnrichedArticle> articles, String miss) {
    boolean hit() {
      return articles != null;
    }
  }

  /** The saved articles with these ids, in this order, when the file holds all of them (a half of the data too). */
  static Lookup load(Path file, String fingerprint, List<String> ids) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      return new Lookup(null, null);
    }
    List<EnrichedArticle> articles = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (Files.size(file) < 8 || in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return new Lookup(null, "it was written by an older build (no analyzer fingerprint)");
      }
      if (!in.readUTF().equals(fingerprint)) {
        return new Lookup(null, "it was written by another build of the extractor or with other extractor settings");
      }
      while (true) {
        int length;
        try {
          length = in.readInt();
        } catch (EOFException end) {
          break;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
          return new Lookup(null, "it ends inside a record (a run stopped while writing it)");
        }
        articles.add(SERDE.deserializer().deserialize("cache", bytes));
      }
    }
    Map<String, EnrichedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.getId(), a));
    if (!byId.keySet().containsAll(ids)) {
      return new Lookup(null, "it holds other articles");
    }
    return new Lookup(ids.stream().map(byId::get).toList(), null);
  }

  static void save(Path file, String fingerprint, List<EnrichedArticle> articles) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(fingerprint);
      for (EnrichedArticle a : articles) {
        byte[] bytes = SERDE.serializer().serialize("cache", a);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }
  }
}
