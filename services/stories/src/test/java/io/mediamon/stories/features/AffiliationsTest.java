package io.mediamon.stories.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.Mention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AffiliationsTest {

  @Test
  void aTitleBetweenANationalityOrAnOrganisationAndAPersonLinksThem() {
    String text = "Afghan President Ashraf Ghani met Taliban spokesman Zabihullah Mujahid in Doha.";
    EnrichedArticle article = article(text,
        entity(text, "Afghan", EntityType.NORP, "Afghanistan", List.of()),
        entity(text, "Ashraf Ghani", EntityType.PERSON, null, List.of("President")),
        entity(text, "Taliban", EntityType.ORGANIZATION, null, List.of()),
        entity(text, "Zabihullah Mujahid", EntityType.PERSON, null, List.of("spokesman")));
    Map<String, Set<String>> affiliations = Affiliations.of(article);
    assertEquals(Set.of("afghanistan"), affiliations.get("Ashraf Ghani"));
    assertEquals(Set.of("taliban"), affiliations.get("Zabihullah Mujahid"));
  }

  @Test
  void wordsThatAreNotThePersonsTitleLinkNothing() {
    String text = "Officials in Kabul said Ashraf Ghani would travel.";
    EnrichedArticle article = article(text,
        entity(text, "Kabul", EntityType.LOCATION, null, List.of()),
        entity(text, "Ashraf Ghani", EntityType.PERSON, null, List.of("President")));
    assertTrue(Affiliations.of(article).isEmpty());
  }

  private static Entity entity(String text, String name, EntityType type, String country, List<String> roles) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      mentions.add(Mention.newBuilder().setText(name).setBegin(i).setEnd(i + name.length()).build());
    }
    return Entity.newBuilder().setText(name).setType(type).setCanonical(name).setMentions(mentions)
        .setRoles(roles).setCountry(country).setFirstOffset(mentions.get(0).getBegin()).setSalience(1.0).build();
  }

  private static EnrichedArticle article(String text, Entity... entities) {
    Instant at = Instant.parse("2026-03-02T08:00:00Z");
    return EnrichedArticle.newBuilder().setId("a").setUrl("https://example.org/a").setSource("example.org")
        .setTitle("t").setPublishedAt(at).setFetchedAt(at).setCleanText(text).setLanguage("en")
        .setEntities(List.of(entities)).setClaims(List.of()).setEventMentions(List.of())
        .setFingerprint("0000000000000000").build();
  }
}
