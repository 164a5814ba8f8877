package io.mediamon.stories.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.Event;
import io.mediamon.schema.EventOrigin;
import io.mediamon.schema.FeatureEntity;
import io.mediamon.schema.FeatureMention;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryOrigin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryAggregationTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void whoWhatWhereWhenAreVotedFromTheArticles() {
    ArticleFeatures first = article("a1", "outlet-a", T0, List.of(
        lead(mention("ARREST", List.of("Police", "Winston Blackmore"), "Bountiful", LocalDate.parse("2026-03-01")))),
        List.of(entity("Winston Blackmore", "PERSON", 1.0), entity("Photographer", "PERSON", 0.2)));
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    ArticleFeatures second = article("a2", "outlet-b", T0.plusSeconds(3600), List.of(
        lead(mention("ARREST", List.of("Police", "Winston Blackmore"), "Bountiful", LocalDate.parse("2026-03-01")))),
        List.of(entity("Winston Blackmore", "PERSON", 1.0)));
    story = StoryAggregation.add(story, second, T0.plusSeconds(3600));

    assertEquals("Police–Winston Blackmore arrests", story.getTitle());
    assertEquals("Headline a1", story.getHeadline());
    assertEquals("ARREST", story.getStoryType());
    assertEquals("Bountiful", story.getPlace());
    assertEquals(LocalDate.parse("2026-03-01"), story.getDate());
    assertEquals("Winston Blackmore", story.getActors().get(0));
    assertEquals(false, story.getActors().contains("Photographer"), "a name in passing is no actor");
    assertEquals(2, story.getArticleCount());
    assertEquals(2, story.getSourceCount());
    assertEquals(T0, story.getFirstSeen());
    assertEquals(T0.plusSeconds(3600), story.getLastSeen());
  }

  @Test
  void anActorWhoseNameOutletsWriteDifferentlyIsListedOnceUnderItsMostUsedName() {
    ArticleFeatures first = article("a1", "outlet-a", T0, List.of(),
        List.of(entity("Dana K. Orlov", "PERSON", 1.0), entity("Port Elmar Council", "ORGANIZATION", 0.9)));
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    for (String id : List.of("a2", "a3")) {
      ArticleFeatures next = article(id, "outlet-" + id, T0, List.of(),
          List.of(entity("Dana Orlov", "PERSON", 1.0), entity("Port Elmar Council", "ORGANIZATION", 0.9),
              entity("Ivo Orlov", "PERSON", 0.6)));
      story = StoryAggregation.add(story, next, T0);
    }

    assertEquals(List.of("Dana Orlov", "Port Elmar Council", "Ivo Orlov"), story.getActors());
  }

  @Test
  void aSurnameCountsWithTheOneFullNameOfItsTypeAndAPlaceNeverDoes() {
    ArticleFeatures first = article("a1", "outlet-a", T0,
        List.of(lead(mention("MEET", List.of("Orlov", "Elmaria"), null, null))),
        List.of(entity("Orlov", "PERSON", 1.0), entity("Elmaria", "LOCATION", 0.8)));
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    assertEquals(List.of("Orlov", "Elmaria"), story.getActors(), "no full name yet");

    ArticleFeatures second = article("a2", "outlet-b", T0, List.of(),
        List.of(entity("Dana Orlov", "PERSON", 1.0), entity("South Elmaria", "ORGANIZATION", 0.9)));
    story = StoryAggregation.add(story, second, T0);
    assertEquals(List.of("Dana Orlov", "Elmaria", "South Elmaria"), story.getActors());
  }

  @Test
  void aNationalityCountsForItsCountryWhenTheCountryIsAPartyAndStaysItselfAlone() {
    FeatureEntity elmarian = FeatureEntity.newBuilder(entity("Elmarian", "NORP", 0.9)).setVariants(List.of("elmaria"))
        .build();
    ArticleFeatures first = article("a1", "outlet-a", T0,
        List.of(lead(mention("ASSAULT", List.of("Elmaria", "Port Elmar Council"), null, null))), List.of(elmarian));
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    assertEquals(List.of("Elmaria", "Port Elmar Council"), story.getActors(), "not 'Elmarian; Elmaria'");
    assertEquals(1.9, story.getTally().getActors().get("Elmaria"), 1e-9, "its salience counts for the country");

    ArticleFeatures later = article("a2", "outlet-b", T0, List.of(), List.of(elmarian));
    story = StoryAggregation.add(story, later, T0);
    assertEquals(List.of("Elmaria", "Port Elmar Council"), story.getActors(), "the story named the country before");

    ArticleFeatures alone = article("b1", "outlet-a", T0, List.of(), List.of(elmarian));
    Story other = StoryAggregation.add(StoryAggregation.discovered("sty-2", alone, T0), alone, T0);
    assertEquals(List.of("Elmarian"), other.getActors(), "no country named: the nationality stays");

    ArticleFeatures countryLater = article("b2", "outlet-b", T0,
        List.of(lead(mention("ASSAULT", List.of("Port Elmar Council", "Elmaria"), null, null))), List.of());
    other = StoryAggregation.add(other, countryLater, T0);
    assertEquals(List.of("Elmaria", "Port Elmar Council"), other.getActors(), "the country named after it");
  }

  @Test
  void aMentionDeeperInTheTextAddsActorsAndATypeButNoTitlePlaceOrDate() {
    // The opening reports talks between two parties somewhere unsaid; a later paragraph recalls an attack by one of
    // them, elsewhere and on another day, as background.
    FeatureMention reported = lead(mention("CONSULT", List.of("Ruritania", "Northern Front"), null, null));
    FeatureMention background = mention("ASSAULT", List.of("Northern Front", "Envoy Anna Vale"), "Port Elmar",
        LocalDate.parse("2026-02-27"));
    ArticleFeatures a = article("a1", "outlet-a", T0, List.of(reported, background),
        List.of(entity("Ruritania", "LOCATION", 1.0), entity("Port Elmar", "LOCATION", 0.1)));
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", a, T0), a, T0);

    assertEquals("Ruritania–Northern Front talks", story.getTitle());
    assertEquals("Ruritania", story.getPlace(), "the background meeting's place is not the story's");
    assertEquals(LocalDate.parse("2026-03-02"), story.getDate(), "nor its day: the first report's");
    assertEquals("CONSULT", story.getStoryType(), "what the opening reports outweighs a background action");
    assertTrue(story.getActors().contains("Envoy Anna Vale"), "its parties are still actors");

    ArticleFeatures deepOnly = article("a2", "outlet-b", T0, List.of(background), List.of());
    Story other = StoryAggregation.add(StoryAggregation.discovered("sty-2", deepOnly, T0), deepOnly, T0);
    assertEquals("Headline a2", other.getTitle(), "a headline rather than a background mention's parties");
    assertNull(other.getPlace());
    assertEquals("ASSAULT", other.getStoryType(), "the only action named still types a story");
  }

  @Test
  void theStoryIsPlacedWhereItsArticlesAreMostAboutNotByNameOrder() {
    ArticleFeatures a = article("a1", "outlet-a", T0, List.of(),
        List.of(entity("Arcadia", "LOCATION", 0.6), entity("Zenda", "LOCATION", 1.0)));
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", a, T0), a, T0);
    assertEquals("Zenda", story.getPlace());
    for (String id : List.of("a2", "a3")) {
      ArticleFeatures other = article(id, "outlet-b", T0, List.of(), List.of(entity("Arcadia", "LOCATION", 0.6)));
      story = StoryAggregation.add(story, other, T0);
    }
    assertEquals("Arcadia", story.getPlace(), "three reports about it outweigh one");
  }

  @Test
  void leadReportsCountTheArticlesWhoseOpeningNamesTwoPartiesAndWhatOneDidToTheOther() {
    FeatureMention deep = mention("ACCUSE", List.of("Prosecutors", "Jim O'Brien"), null, null);
    FeatureMention lead = lead(deep);
    FeatureMention leadOneParty = lead(mention("DIE", List.of("Jim O'Brien"), null, null));
    ArticleFeatures first = article("a1", "outlet-a", T0, List.of(deep), List.of());
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    assertEquals("ACCUSE", story.getStoryType(), "a mention deeper in the text still types the story");
    assertEquals(0, story.getLeadReports(), "but the article does not open with it");
    story = StoryAggregation.add(story, article("a2", "outlet-b", T0, List.of(leadOneParty), List.of()), T0);
    assertEquals(0, story.getLeadReports(), "one party is not who did what to whom");
    story = StoryAggregation.add(story, article("a3", "outlet-c", T0, List.of(lead, lead), List.of()), T0);
    assertEquals(1, story.getLeadReports(), "one per article");
  }

  @Test
  void aStoryRelatedToNoneTakesTheOtherStoryALaterArticleFitsAndKeepsIt() {
    ArticleFeatures first = article("a1", "outlet-a", T0, List.of(), List.of());
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    assertNull(story.getRelatedStoryId());
    ArticleFeatures fitsBoth = ArticleFeatures.newBuilder(article("a2", "outlet-b", T0.plusSeconds(60), List.of(),
        List.of())).setRelatedStoryId("sty-0").build();
    story = StoryAggregation.add(story, fitsBoth, T0.plusSeconds(60));
    assertEquals("sty-0", story.getRelatedStoryId(), "a later report fitted another story too");
    ArticleFeatures fitsAThird = ArticleFeatures.newBuilder(article("a3", "outlet-c", T0.plusSeconds(120), List.of(),
        List.of())).setRelatedStoryId("sty-9").build();
    story = StoryAggregation.add(story, fitsAThird, T0.plusSeconds(120));
    assertEquals("sty-0", story.getRelatedStoryId(), "the first relation stays");
  }

  @Test
  void aDiscoveredStoryKeepsTheStoryItsFirstArticleWasRelatedTo() {
    ArticleFeatures first = ArticleFeatures.newBuilder(article("a1", "outlet-a", T0, List.of(), List.of()))
        .setRelatedStoryId("sty-0").build();
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    ArticleFeatures second = article("a2", "outlet-b", T0.plusSeconds(60), List.of(), List.of());
    story = StoryAggregation.add(story, second, T0.plusSeconds(60));
    assertEquals("sty-0", story.getRelatedStoryId());
    ArticleFeatures unrelated = article("b1", "outlet-a", T0, List.of(), List.of());
    assertEquals(null, StoryAggregation.discovered("sty-2", unrelated, T0).getRelatedStoryId());
  }

  @Test
  void withoutWhoDidWhatTheFirstHeadlineIsTheTitleAndTheDateIsTheFirstReport() {
    ArticleFeatures first = article("a1", "outlet-a", T0, List.of(), List.of());
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    assertEquals("Headline a1", story.getTitle());
    assertNull(story.getStoryType());
    assertEquals(LocalDate.parse("2026-03-02"), story.getDate());
  }

  @Test
  void whatTheOpeningSaysHappenedTypesAStoryWithoutWhoDidWhatToWhom() {
    ArticleFeatures first = article("a1", "outlet-a", T0, List.of(), List.of());
    first.setHappening("DISASTER");
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    assertEquals("DISASTER", story.getStoryType());
    assertEquals("Headline a1", story.getTitle(), "a kind of happening names no parties to title a story by");

    // An opening with a who-did-what-to-whom sentence is typed by it; the word ("launches talks") counts less.
    ArticleFeatures talks = article("a2", "outlet-a", T0,
        List.of(lead(mention("CONSULT", List.of("Ruritania", "Northern Front"), null, null))), List.of());
    talks.setHappening("LAUNCH");
    Story other = StoryAggregation.add(StoryAggregation.discovered("sty-2", talks, T0), talks, T0);
    assertEquals("CONSULT", other.getStoryType());
  }

  @Test
  void aHeadlineThatIsOnlyADateGivesWayToTheFirstTitleSayingWhatHappened() {
    ArticleFeatures dated = titled(article("a1", "outlet-a", T0, List.of(), List.of()), "MONDAY, MARCH 2, 2026");
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", dated, T0), dated, T0);
    assertEquals("MONDAY, MARCH 2, 2026", story.getHeadline(), "nothing better yet");
    ArticleFeatures numeric = titled(article("a2", "outlet-b", T0, List.of(), List.of()), "03/02/26 14:05 GMT");
    story = StoryAggregation.add(story, numeric, T0);
    assertEquals("MONDAY, MARCH 2, 2026", story.getHeadline());
    ArticleFeatures clock = titled(article("a2b", "outlet-b", T0, List.of(), List.of()), "Posted 8: 24am:");
    story = StoryAggregation.add(story, clock, T0);
    assertEquals("MONDAY, MARCH 2, 2026", story.getHeadline(), "a time of day says no more than a date");
    ArticleFeatures real = titled(article("a3", "outlet-c", T0, List.of(), List.of()), "Ferry sinks off the coast");
    story = StoryAggregation.add(story, real, T0);
    assertEquals("Ferry sinks off the coast", story.getHeadline());
    assertEquals("Ferry sinks off the coast", story.getTitle(), "without who did what, the headline is the title");
    ArticleFeatures later = titled(article("a4", "outlet-d", T0, List.of(), List.of()), "Survivors tell of rescue");
    story = StoryAggregation.add(story, later, T0);
    assertEquals("Ferry sinks off the coast", story.getHeadline(), "a real headline stays");
  }

  @Test
  void aTitleNamingADayAndWhatHappenedOnItIsAHeadline() {
    ArticleFeatures first = titled(article("a1", "outlet-a", T0, List.of(), List.of()), "Tuesday's vote delayed");
    ArticleFeatures second = titled(article("a2", "outlet-b", T0, List.of(), List.of()), "Vote put off to May");
    Story story = StoryAggregation.add(StoryAggregation.discovered("sty-1", first, T0), first, T0);
    story = StoryAggregation.add(story, second, T0);
    assertEquals("Tuesday's vote delayed", story.getHeadline());
  }

  @Test
  void aFollowedEventKeepsTheAnalystsTitleTypeActorsAndPlace() {
    Event event = Event.newBuilder().setEventId("evt-1").setTitle("U.S.–Taliban peace talks")
        .setEventType("NEGOTIATE").setActors(List.of("United States", "Taliban")).setLocation("Qatar")
        .setOrigin(EventOrigin.ANALYST).setUpdatedAt(T0).build();
    ArticleFeatures a = article("a1", "outlet-a", T0, List.of(
        mention("ASSAULT", List.of("Taliban", "Kabul police"), "Kabul", null)),
        List.of(entity("Taliban", "ORGANIZATION", 1.0)));
    Story story = StoryAggregation.add(StoryAggregation.followed(event, a, T0), a, T0);
    assertEquals(StoryOrigin.FOLLOWED, story.getOrigin());
    assertEquals("U.S.–Taliban peace talks", story.getTitle());
    assertEquals("NEGOTIATE", story.getStoryType());
    assertEquals("Qatar", story.getPlace());
    assertEquals(List.of("United States", "Taliban"), story.getActors().subList(0, 2));
  }

  private static ArticleFeatures titled(ArticleFeatures article, String title) {
    return ArticleFeatures.newBuilder(article).setTitle(title).build();
  }

  private static FeatureMention mention(String action, List<String> participants, String place, LocalDate date) {
    return FeatureMention.newBuilder().setAction(action).setParticipants(participants).setPlace(place).setDate(date)
        .build();
  }

  private static FeatureMention lead(FeatureMention mention) {
    return FeatureMention.newBuilder(mention).setLead(true).build();
  }

  private static FeatureEntity entity(String name, String type, double salience) {
    return FeatureEntity.newBuilder().setKey(name.toLowerCase()).setName(name).setType(type).setSalience(salience)
        .setVariants(List.of()).build();
  }

  private static ArticleFeatures article(String id, String source, Instant at, List<FeatureMention> mentions,
      List<FeatureEntity> entities) {
    return ArticleFeatures.newBuilder().setArticleId(id).setSource(source).setTitle("Headline " + id)
        .setReportedAt(at).setTerms(Map.of()).setEntities(entities).setMentions(mentions).setClaims(List.of())
        .setFollowedEventIds(List.of()).build();
  }
}
