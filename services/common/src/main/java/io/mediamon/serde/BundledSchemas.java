package io.mediamon.serde;

import io.mediamon.schema.Alert;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Event;
import io.mediamon.schema.RawArticle;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * The writer schemas a mediamon reader accepts, found by their single-object fingerprint. They are the schemas
 * compiled from schemas/ into this build, so the embedded default needs no schema registry. A record written
 * with any other schema is refused (and dead-lettered by the streams services).
 */
public final class BundledSchemas {
  private static final List<Schema> SCHEMAS = List.of(
      RawArticle.getClassSchema(), EnrichedArticle.getClassSchema(), Event.getClassSchema(), Alert.getClassSchema());

  private BundledSchemas() {}

  public static List<Schema> all() {
    return SCHEMAS;
  }

  /** A fresh store holding every bundled schema. */
  static SchemaStore store() {
    SchemaStore.Cache cache = new SchemaStore.Cache();
    SCHEMAS.forEach(cache::addSchema);
    return cache;
  }
}
