package io.mediamon.evaluation.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.StoryMembership;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay through the correlator's topology reports, per article, its story and how it was decided. */
class StoryReplayTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void reportsHowEachArticleWasDecidedAndItsScore() {
    String flood = "Floods swept through the river valley on Monday, cutting off villages and bridges. Rescue crews "
        + "in boats searched the flooded villages for stranded families as the river kept rising.";
    String floodAgain = "Rescue crews in boats searched flooded villages of the river valley after floods cut off "
        + "bridges on Monday. The river kept rising and more stranded families waited for the boats.";
    String rates = "The central bank raised interest rates by half a point, its governor told parliament, "
        + "citing inflation in food and fuel prices that has doubled since spring.";

    StoryReplay.Result result = StoryReplay.run(MediamonConfig.defaults(), List.of(
        article("a1", "River valley floods cut off villages", flood),
        article("a2", "Crews search flooded villages", floodAgain),
        article("a3", "Central bank raises rates", rates)), AT);

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

  private static EnrichedArticle article(String id, String title, String text) {
    return EnrichedArticle.newBuilder()
        .setId(id).setUrl("https://news.example/" + id).setSource("news.example").setTitle(title)
        .setPublishedAt(AT).setFetchedAt(AT)
        .setCleanText(text).setLanguage("en").setEntities(List.of())
        .setClaims(List.of()).setEventMentions(List.of()).setFingerprint("0000000000000000")
        .build();
  }
}
