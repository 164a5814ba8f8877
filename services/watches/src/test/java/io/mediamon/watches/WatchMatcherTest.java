package io.mediamon.watches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.AlertWatch;
import io.mediamon.schema.ArticleRef;
import io.mediamon.schema.Severity;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import io.mediamon.schema.StoryOrigin;
import io.mediamon.schema.StoryTally;
import io.mediamon.schema.Watch;
import io.mediamon.schema.WatchEntity;
import io.mediamon.serde.TrustedSchemaPackages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WatchMatcherTest {
  @BeforeAll
  static void trust() {
    TrustedSchemaPackages.ensureTrusted();
  }

  @Test
  void anEntityMatchesByNameOrVariantAmongActorsOrInTheText() {
    Story story = story(List.of("Winston K. Blackmore", "Canada"), "Polygamist leader arrested in Bountiful", 2);
    assertTrue(match(story, watch("w").setEntities(List.of(new WatchEntity("Winston Blackmore",
        List.of("Blackmore"))))).isPresent(), "a variant among the actors");
    assertTrue(match(story, watch("w").setEntities(List.of(new WatchEntity("Winston Blackmore", List.of()))))
        .isPresent(), "no variant given: the name as written with a middle initial is the same person");
    Story surname = story(List.of("Blackmore", "Canada"), "Polygamist leader arrested in Bountiful", 2);
    assertFalse(match(surname, watch("w").setEntities(List.of(new WatchEntity("Winston Blackmore", List.of()))))
        .isPresent(), "no variant given: a surname alone may be another of the family");
    assertTrue(match(story, watch("w").setKeywords(List.of("polygamist leader"))).isPresent(), "a phrase in the title");
    assertFalse(match(story, watch("w").setKeywords(List.of("polygam"))).isPresent(), "whole words only");
    assertEquals(List.of("Canada"), match(story, watch("w").setEntities(List.of(new WatchEntity("Canada",
        List.of())))).orElseThrow().getMatched());
  }

  @Test
  void typesPlacesAndOutletsMustAllHoldWhenGiven() {
    Story story = story(List.of("Taliban", "United States"), "Taliban and U.S. envoys meet in Doha", 3);
    assertTrue(match(story, watch("w").setEntities(List.of(new WatchEntity("Taliban", List.of())))
        .setPlaces(List.of("Doha")).setStoryTypes(List.of("meet"))).isPresent());
    assertFalse(match(story, watch("w").setEntities(List.of(new WatchEntity("Taliban", List.of())))
        .setPlaces(List.of("Kabul"))).isPresent(), "another place");
    assertFalse(match(story, watch("w").setEntities(List.of(new WatchEntity("Taliban", List.of())))
        .setStoryTypes(List.of("ATTACK"))).isPresent(), "another type");
    assertFalse(match(story, watch("w").setEntities(List.of(new WatchEntity("Taliban", List.of())))
        .setMinOutlets(4)).isPresent(), "too few outlets yet");
    assertTrue(match(story, watch("w").setPlaces(List.of("Doha"))).isPresent(), "a place alone is a watch too");
  }

  @Test
  void acronymsMatchInCapitalsOnlyAndClaimsCount() {
    Story story = story(List.of("Iran"), "Talks resume", 1);
    story.setClaims(List.of(new StoryClaim("Antonio Guterres", "the UN will support the talks", "a1")));
    assertTrue(match(story, watch("w").setKeywords(List.of("UN"))).isPresent());
    Story french = story(List.of("Iran"), "un accord est proche", 1);
    assertFalse(match(french, watch("w").setKeywords(List.of("UN"))).isPresent());
    assertTrue(match(story, watch("w").setEntities(List.of(new WatchEntity("Guterres", List.of())))).isPresent(),
        "a speaker is in the story's text");
  }

  @Test
  void matchesAreListedByWatchIdWithTheirSeverity() {
    Story story = story(List.of("Taliban"), "Taliban talks", 1);
    List<AlertWatch> matched = WatchMatcher.matches(story, List.of(
        watch("b").setKeywords(List.of("talks")).setSeverity(Severity.HIGH).build(),
        watch("a").setEntities(List.of(new WatchEntity("Taliban", List.of()))).build(),
        watch("c").setKeywords(List.of("earthquake")).build()));
    assertEquals(List.of("a", "b"), matched.stream().map(AlertWatch::getWatchId).toList());
    assertEquals(Severity.HIGH, matched.get(1).getSeverity());
  }

  private static Optional<AlertWatch> match(Story story, Watch.Builder watch) {
    return WatchMatcher.match(story, watch.build());
  }

  static Watch.Builder watch(String id) {
    return Watch.newBuilder().setWatchId(id).setName("watch " + id).setEntities(List.of()).setKeywords(List.of())
        .setStoryTypes(List.of()).setPlaces(List.of()).setMinOutlets(1).setSeverity(Severity.MEDIUM)
        .setDestinations(List.of()).setUpdatedAt(null);
  }

  static Story story(List<String> actors, String title, int outlets) {
    Instant t = Instant.parse("2026-12-03T08:00:00Z");
    return Story.newBuilder().setStoryId("s1").setOrigin(StoryOrigin.DISCOVERED).setTitle(title).setHeadline(title)
        .setRelatedStoryId(null).setStoryType("MEET").setActors(actors).setPlace("Doha, Qatar").setDate(null)
        .setArticleCount(outlets).setSourceCount(outlets).setSources(List.of())
        .setTopArticles(List.of(new ArticleRef("a1", "https://example.org/a1", title, "o1", null)))
        .setClaims(List.of()).setFirstSeen(t).setLastSeen(t).setUpdatedAt(t)
        .setTally(StoryTally.newBuilder().build())
        .build();
  }
}
