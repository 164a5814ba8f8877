package io.mediamon.evaluation.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.EnrichedArticle;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichedCacheTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  private static final List<EnrichedArticle> ARTICLES = List.of(
      EvalArticles.article("a1", "Quake strikes coastal town", "A strong quake struck the town.", AT),
      EvalArticles.article("a2", "Rescuers reach the town", "Rescuers reached the town on Sunday.", AT),
      EvalArticles.article("a3", "Storm closes airport", "A storm closed the airport.", AT));

  @TempDir
  Path dir;

  @Test
  void readsBackTheArticlesAskedForInTheirOrderWhenTheAnalyzerIsTheSame() throws IOException {
    Path file = dir.resolve("enriched.bin");
    EnrichedCache.save(file, "build-1", ARTICLES);

    EnrichedCache.Lookup all = EnrichedCache.load(file, "build-1", List.of("a3", "a1", "a2"));
    assertTrue(all.hit());
    assertEquals(List.of("a3", "a1", "a2"), all.articles().stream().map(EnrichedArticle::getId).toList());
    assertEquals(ARTICLES.get(1), all.articles().get(2));

    EnrichedCache.Lookup half = EnrichedCache.load(file, "build-1", List.of("a2"));
    assertEquals(List.of(ARTICLES.get(1)), half.articles());
  }

  @Test
  void aCacheWrittenByAnotherAnalyzerIsNotRead() throws IOException {
    Path file = dir.resolve("enriched.bin");
    EnrichedCache.save(file, "build-1", ARTICLES);

    assertMiss(EnrichedCache.load(file, "build-2", List.of("a1")), "another build of the extractor");
  }

  @Test
  void aCacheFromBeforeTheFingerprintIsNotRead() throws IOException {
    Path file = dir.resolve("old.bin");
    // The format before the marker: length-prefixed records straight away.
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      byte[] record = io.mediamon.serde.AvroSerde.of(EnrichedArticle.class).serializer()
          .serialize("cache", ARTICLES.get(0));
      out.writeInt(record.length);
      out.write(record);
    }

    assertMiss(EnrichedCache.load(file, "build-1", List.of("a1")), "older build");
  }

  @Test
  void aCacheWithoutAllTheArticlesOrCutShortIsNotRead() throws IOException {
    Path file = dir.resolve("enriched.bin");
    EnrichedCache.save(file, "build-1", ARTICLES.subList(0, 2));
    assertMiss(EnrichedCache.load(file, "build-1", List.of("a1", "a3")), "it holds other articles");

    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 5));
    assertMiss(EnrichedCache.load(file, "build-1", List.of("a1")), "ends inside a record");
  }

  @Test
  void noFileIsAMissWithoutAReason() throws IOException {
    EnrichedCache.Lookup lookup = EnrichedCache.load(dir.resolve("absent.bin"), "build-1", List.of("a1"));
    assertFalse(lookup.hit());
    assertNull(lookup.miss());
  }

  /** Not read, for the reason given (a part of what the run prints). */
  private static void assertMiss(EnrichedCache.Lookup lookup, String because) {
    assertFalse(lookup.hit());
    assertTrue(lookup.miss().contains(because), lookup.miss());
  }
}
