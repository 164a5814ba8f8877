package io.mediamon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTagsTest {
  @Test
  void trimmedLowerCaseWithoutRepeatsInFirstSeenOrder() {
    assertEquals(List.of("world", "elections"), ArticleTags.normalize(List.of(" World", "elections", "WORLD ")));
  }

  @Test
  void noneIsNull() {
    assertNull(ArticleTags.normalize(null));
    assertNull(ArticleTags.normalize(List.of()));
  }

  @Test
  void emptyOverlongAndTooManyAreRefusedWithAReason() {
    assertEquals("tags must not be empty",
        assertThrows(IllegalArgumentException.class, () -> ArticleTags.normalize(List.of("a", " "))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ArticleTags.normalize(List.of("x".repeat(65))));
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 33; i++) {
      many.add("t" + i);
    }
    assertEquals("33 tags, at most 32 allowed",
        assertThrows(IllegalArgumentException.class, () -> ArticleTags.normalize(many)).getMessage());
    assertEquals(List.of("same"), ArticleTags.normalize(Collections.nCopies(40, "same")), "repeats count once");
  }
}
