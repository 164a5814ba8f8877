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
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;

/**
 * Analyzed articles saved to a file (length-prefixed Avro single-object records), so that tuning the story stages
 * does not pay for NER again on every run. Only used when asked for ({@code --cache FILE}).
 */
final class EnrichedCache {
  private static final Serde<EnrichedArticle> SERDE = AvroSerde.of(EnrichedArticle.class);

  private EnrichedCache() {}

  /** The saved articles with these ids, in this order, when the file holds all of them (a half of the data too). */
  static Optional<List<EnrichedArticle>> load(Path file, List<String> ids) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<EnrichedArticle> articles = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      while (true) {
        int length;
        try {
          length = in.readInt();
        } catch (EOFException end) {
          break;
        }
        byte[] bytes = in.readNBytes(length);
        articles.add(SERDE.deserializer().deserialize("cache", bytes));
      }
    }
    java.util.Map<String, EnrichedArticle> byId = new java.util.HashMap<>();
    articles.forEach(a -> byId.put(a.getId(), a));
    if (!byId.keySet().containsAll(ids)) {
      return Optional.empty();
    }
    return Optional.of(ids.stream().map(byId::get).toList());
  }

  static void save(Path file, List<EnrichedArticle> articles) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      for (EnrichedArticle a : articles) {
        byte[] bytes = SERDE.serializer().serialize("cache", a);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }
  }
}
