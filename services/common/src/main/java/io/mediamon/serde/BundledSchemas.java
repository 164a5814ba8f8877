package io.mediamon.serde;

import io.mediamon.schema.Alert;
import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.schema.RawArticle;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryMembership;
import io.mediamon.schema.Watch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * The writer schemas a mediamon reader accepts, found by their single-object fingerprint: the schemas compiled from
 * schemas/ into this build, and the earlier versions of them kept in schemas/src/main/history, so that records
 * written before an upgrade (still on the raw topic, or in a compacted topic for good) are read with the new schema's
 * defaults instead of being refused. The embedded default needs no schema registry. A record written with any other
 * schema is refused (and dead-lettered by the streams services).
 */
public final class BundledSchemas {
  private static final List<Schema> SCHEMAS = List.of(
      RawArticle.getClassSchema(), EnrichedArticle.getClassSchema(), Event.getClassSchema(), Alert.getClassSchema(),
      Story.getClassSchema(), StoryMembership.getClassSchema(), ArticleFeatures.getClassSchema(),
      Watch.getClassSchema());

  /** Earlier versions, oldest first; a schema change copies the old .avsc to the history and names it here. */
  static final List<String> HISTORY = List.of("RawArticle-1.avsc", "EnrichedArticle-1.avsc", "Alert-1.avsc",
      "Story-1.avsc", "ArticleFeatures-1.avsc", "Alert-2.avsc", "EnrichedArticle-2.avsc", "ArticleFeatures-2.avsc",
      "EnrichedArticle-3.avsc", "ArticleFeatures-3.avsc", "Story-2.avsc",
      "ArticleFeatures-4.avsc", "Story-3.avsc", "ArticleFeatures-5.avsc", "Story-4.avsc",
      "ArticleFeatures-6.avsc");

  private static final List<Schema> EARLIER = HISTORY.stream().map(BundledSchemas::readHistory).toList();

  private BundledSchemas() {}

  /** The current schemas, one per record type. */
  public static List<Schema> all() {
    return SCHEMAS;
  }

  /** The earlier versions still readable. */
  static List<Schema> earlier() {
    return EARLIER;
  }

  /** A fresh store holding every bundled schema, current and earlier. */
  static SchemaStore store() {
    SchemaStore.Cache cache = new SchemaStore.Cache();
    SCHEMAS.forEach(cache::addSchema);
    EARLIER.forEach(cache::addSchema);
    return cache;
  }

  private static Schema readHistory(String name) {
    String resource = "/mediamon/schemas/history/" + name;
    try (InputStream in = BundledSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema history " + resource + " is not on the class path");
      }
      // A parser of its own: every version defines the same record names.
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
