package io.mediamon.evaluation.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediamon.schema.EnrichedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offline reference clusters by average link over TF-IDF cosines, and each threshold cuts the same merge tree. */
class OfflineBaselineTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void alikeArticlesClusterAndAHighThresholdLeavesEveryArticleAlone() {
    List<EnrichedArticle> articles = List.of(
        article("f1", "Floods cut off valley villages", "Floods swept the river valley, cutting off villages and "
            + "bridges; rescue crews in boats searched for stranded families."),
        article("r1", "Central bank raises rates", "The central bank raised interest rates by half a point, citing "
            + "inflation in food and fuel prices."),
        article("f2", "Rescue boats search flooded villages", "Rescue crews in boats searched flooded villages of the "
            + "river valley after floods cut off bridges."),
        article("r2", "Interest rates up half a point", "Inflation in fuel and food prices made the central bank "
            + "raise interest rates by half a point."),
        article("m1", "Museum opens new wing", "A museum of modern sculpture opened its glass wing to visitors."));
    Map<String, String> gold = Map.of("f1", "flood", "f2", "flood", "r1", "rates", "r2", "rates", "m1", "museum");

    List<OfflineBaseline.Cut> cuts = OfflineBaseline.cuts(articles, gold, 0.2, 0.99);

    assertEquals(0.2, cuts.get(0).threshold());
    assertEquals(1.0, cuts.get(0).scores().b3F1(), 1e-9, "two reports of each happening together, the museum alone");
    assertEquals(3, cuts.get(0).scores().predictedClusters());
    assertEquals(5, cuts.get(1).scores().predictedClusters(), "no two articles are that alike");
    assertEquals(1.0, cuts.get(1).scores().b3Precision(), 1e-9);
  }

  private static EnrichedArticle article(String id, String title, String text) {
    return EvalArticles.article(id, title, text, AT);
  }
}
