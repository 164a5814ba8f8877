package io.mediamon.stories.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.EventMention;
import io.mediamon.schema.FeatureMention;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFeaturesFactoryTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void aMentionInTheArticlesOpeningIsMarkedLeadAndOneDeeperInIsNot() {
    int deep = ArticleFeaturesFactory.LEAD_CHARS + 400;
    EnrichedArticle article = article(List.of(
        mention("ARREST", "Police", "Winston Blackmore", 120),
        mention("ACCUSE", "Prosecutors", "Jim O'Brien", deep)));
    ArticleFeatures features = new ArticleFeaturesFactory(30).features(article, List.of());
    assertEquals(List.of(true, false), features.getMentions().stream().map(FeatureMention::getLead).toList());
    assertEquals(List.of("ARREST", "ACCUSE"), features.getMentions().stream().map(FeatureMention::getAction).toList(),
        "a mention deeper in is still kept, for the story's type and actors");
  }

  @Test
  void theOpeningEndsAtTheBound() {
    int bound = ArticleFeaturesFactory.LEAD_CHARS;
    EnrichedArticle article = article(List.of(mention("ARREST", "Police", "Winston Blackmore", bound - 1),
        mention("ARREST", "Police", "Winston Blackmore", bound)));
    assertEquals(List.of(true, false), new ArticleFeaturesFactory(30).features(article, List.of()).getMentions()
        .stream().map(FeatureMention::getLead).toList());
  }

  @Test
  void theLeadAmountIsTheFirstSumOfMoneyInTheOpening() {
    String opening = "Thieves take $4 million in watches\n\nThe raid, on Tuesday, lasted minutes.";
    String deep = " ".repeat(ArticleFeaturesFactory.LEAD_CHARS) + "An earlier raid took $90 million.";
    ArticleFeaturesFactory factory = new ArticleFeaturesFactory(30);
    assertEquals(4e6, factory.features(withText(opening + deep), List.of()).getLeadAmount(), 1);
    assertNull(factory.features(withText("A headline\n\nNo sum here." + deep), List.of()).getLeadAmount(),
        "a sum deeper in the text is a background paragraph's, not what the report is about");
  }

  @Test
  void theHappeningIsWhatTheOpeningSaysHappened() {
    String deep = " ".repeat(ArticleFeaturesFactory.LEAD_CHARS) + "The town was flattened by an earthquake in 1911.";
    ArticleFeaturesFactory factory = new ArticleFeaturesFactory(30);
    assertEquals("COURT", factory.features(withText("Mayor of Port Elmar convicted of fraud\n\nA jury." + deep),
        List.of()).getHappening());
    assertNull(factory.features(withText("Port Elmar marks its founding\n\nCrowds gathered." + deep), List.of())
        .getHappening(), "a happening deeper in the text is background");
  }

  private static EnrichedArticle withText(String text) {
    EnrichedArticle article = article(List.of());
    article.setTitle(text.substring(0, text.indexOf('\n')));
    article.setCleanText(text);
    return article;
  }

  private static EventMention mention(String action, String actor, String target, int begin) {
    return EventMention.newBuilder().setActors(List.of(actor)).setAction(action).setTrigger("did")
        .setTargets(List.of(target)).setPlace(null).setTime(null).setBegin(begin).setEnd(begin + 80).build();
  }

  private static EnrichedArticle article(List<EventMention> mentions) {
    return EnrichedArticle.newBuilder()
        .setId("a1").setUrl("https://outlet.example/a1").setSource("outlet").setTitle("A headline")
        .setPublishedAt(T0).setFetchedAt(T0)
        .setCleanText("A headline\n\n" + "word ".repeat(400)).setLanguage("en").setEntities(List.of())
        .setClaims(List.of()).setEventMentions(mentions).setFingerprint("0000000000000000")
        .build();
  }
}
