package io.mediamon.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.json.SampleRecords;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryQueryTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void anActorIsFoundByTheNameAsTheDeskWritesItNotOnlyAsTheStoryListsIt() {
    Story story = Story.newBuilder(SampleRecords.story()).setSourceCount(1)
        .setActors(List.of("Dana K. Orlov", "Port Elmar Council"))
        .setClaims(List.of(StoryClaim.newBuilder().setSpeaker("Ivo Brec").setContent("the bridge will reopen")
            .setArticleId("a1").build()))
        .build();

    assertTrue(byActor("Dana Orlov").matches(story, null), "the middle initial left out");
    assertTrue(byActor("port elmar council").matches(story, null), "any case");
    assertTrue(byActor("Ivo Brec").matches(story, null), "a speaker of a claim");
    assertTrue(byActor("Orlov").matches(story, null), "a surname finds the full name a story lists");
    assertFalse(byActor("Elmar").matches(story, null), "only a last word");
    assertFalse(byActor("Ivo Orlov").matches(story, null));
  }

  private static StoryQuery byActor(String actor) {
    return StoryQuery.parse(Map.of("actor", actor), CLOCK);
  }
}
