package io.mediamon.evaluation.stories;

import io.mediamon.schema.EnrichedArticle;
import java.time.Instant;
import java.util.List;

/** Enriched articles for the harness's tests: text only, no entities, claims or event mentions. */
final class EvalArticles {
  private EvalArticles() {}

  static EnrichedArticle article(String id, String title, String text, Instant at) {
    return EnrichedArticle.newBuilder()
        .setId(id).setUrl("https://news.example/" + id).setSource("news.example").setTitle(title)
        .setPublishedAt(at).setFetchedAt(at)
        .setCleanText(text).setLanguage("en").setEntities(List.of())
        .setClaims(List.of()).setEventMentions(List.of()).setFingerprint("0000000000000000")
        .build();
  }
}
