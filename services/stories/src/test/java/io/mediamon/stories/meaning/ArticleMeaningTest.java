package io.mediamon.stories.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.EnrichedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMeaningTest {
  @Test
  void theHeadlineIsReadWithTheTextUnlessTheTextStartsWithIt() {
    List<String> read = new ArrayList<>();
    ArticleMeaning meaning = new ArticleMeaning(text -> {
      read.add(text);
      return List.of(1f);
    });
    assertEquals(List.of(1f), meaning.of(article("Dam bursts", "Water swept through two villages.")));
    meaning.of(article("Dam bursts", "Dam bursts\nWater swept through two villages."));
    assertEquals(List.of("Dam bursts\nWater swept through two villages.",
        "Dam bursts\nWater swept through two villages."), read);
  }

  @Test
  void noVectorWithoutAnEmbedderOrWithoutText() {
    assertNull(new ArticleMeaning(SentenceEmbedder.NONE).of(article("Dam bursts", "Water swept through.")));
    assertNull(new ArticleMeaning(text -> List.of()).of(article(null, "")));
  }

  @Test
  void theModelIsLoadedOnlyWhenTheScoreUsesIt() {
    MediamonConfig off = MediamonConfig.defaults().with(Setting.STORIES_MEANING_WEIGHT, "0");
    assertEquals(SentenceEmbedder.NONE, ArticleMeaning.embedderFor(off));
    assertEquals(MiniLmSentenceEmbedder.class, ArticleMeaning.embedderFor(MediamonConfig.defaults()).getClass());
  }

  private static EnrichedArticle article(String title, String text) {
    return EnrichedArticle.newBuilder().setId("a1").setUrl("https://example.org/a1").setSource("example")
        .setTitle(title).setFetchedAt(Instant.parse("2026-12-07T00:00:00Z")).setCleanText(text).setTruncated(false)
        .setOriginalLength(text.length()).setLanguage("en").setFingerprint("0").setEntities(List.of()).setClaims(List.of())
        .setEventMentions(List.of()).build();
  }
}
