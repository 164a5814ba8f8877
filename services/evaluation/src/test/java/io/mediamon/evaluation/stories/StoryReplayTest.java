package io.mediamon.evaluation.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mediamon.config.MediamonConfig;
import io.mediamon.stories.meaning.ArticleMeaning;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.StoryMembership;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The replay through the correlator's topology reports, per article, its story and how it was decided; the alerts are
 * written with the gold story their story belongs to.
 */
class StoryReplayTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private static final String FLOOD = "Floods swept through the river valley on Monday, cutting off villages and "
      + "bridges. Rescue crews in boats searched the flooded villages for stranded families as the river kept rising.";
  private static final String FLOOD_AGAIN = "Rescue crews in boats searched flooded villages of the river valley after "
      + "floods cut off bridges on Monday. The river kept rising and more stranded families waited for the boats.";
  private static final String RATES = "The central bank raised interest rates by half a point, its governor told "
      + "parliament, citing inflation in food and fuel prices that has doubled since spring.";

  @Test
  void reportsHowEachArticleWasDecidedAndItsScore() {
    StoryReplay.Result result = replayTwoFloodReportsAndARateRise();

    StoryMembership first = result.memberships().get("a1");
    StoryMembership joined = result.memberships().get("a2");
    StoryMembership other = result.memberships().get("a3");
    assertEquals("new", first.getReason());
    assertNull(first.getSimilarity());
    assertEquals("similar", joined.getReason());
    assertEquals(first.getStoryId(), joined.getStoryId());
    assertNotNull(joined.getSimilarity());
    assertEquals("new", other.getReason());
    assertNotEquals(first.getStoryId(), other.getStoryId());
    assertEquals(result.storyOfArticle().get("a2"), joined.getStoryId());
  }

  @Test
  void writesEachAlertWithTheGoldStoryMostOfItsArticlesAreIn() {
    StoryReplay.Result result = replayTwoFloodReportsAndARateRise();
    // a2 is annotated with another gold story than a1: the flood story is a1's and a2's, one vote each; the
    // repeatable tie-break gives it the greater gold id.
    Map<String, String> gold = Map.of("a1", "g-flood", "a2", "g-rescue", "a3", "g-rates");

    List<String> lines = StoryEvaluation.alertLines("file", result, gold);

    String flood = result.storyOfArticle().get("a1");
    List<String> news = lines.stream().filter(l -> l.split("\t")[1].equals("NEW")).toList();
    // No report here says who did what to whom: the flood is announced with its second report, and the rate rise,
    // reported once, not yet (alerts.untyped-new-min-articles). Typed by what its headline says happened, unplaced,
    // it is titled by its headline and dated by its first report; its reports name no one.
    assertEquals(List.of("file\tNEW\t" + flood + "\t2\t1\t\tg-rescue\tRiver valley floods cut off villages"
        + "\tRiver valley floods cut off villages\tDISASTER\t\t\t" + AT.toString().substring(0, 10)
        + "\tnew story"), news);
    assertEquals(result.alerts().size(), lines.size());
  }

  /** a1 and a2 report one flood (a2 joins a1's story), a3 a rate rise (a story of its own). */
  private static StoryReplay.Result replayTwoFloodReportsAndARateRise() {
    MediamonConfig config = MediamonConfig.defaults();
    return StoryReplay.run(config, List.of(
        article("a1", "River valley floods cut off villages", FLOOD),
        article("a2", "Crews search flooded villages", FLOOD_AGAIN),
        article("a3", "Central bank raises rates", RATES)), AT, ArticleMeaning.embedderFor(config));
  }

  private static EnrichedArticle article(String id, String title, String text) {
    return EvalArticles.article(id, title, text, AT);
  }
}
