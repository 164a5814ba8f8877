package io.mediamon.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorNamesTest {
  @Test
  void oneActorWhateverTheCasePunctuationMiddleNamesAndSuffix() {
    assertTrue(ActorNames.same("Dana K. Orlov", "Dana Orlov"), "a middle initial");
    assertTrue(ActorNames.same("Dana Orlov", "Dana Kirsten Orlov"), "a middle name");
    assertTrue(ActorNames.same("Dana \"the Hawk\" Orlov", "Dana Orlov"), "a nickname");
    assertTrue(ActorNames.same("Tomas Brec Jr.", "Tomas Brec Jr"), "a suffix written without its period");
    assertTrue(ActorNames.same("Tomas Brec Jr.", "Tomas Brec"), "a generational suffix left out");
    assertTrue(ActorNames.same("ELMARCOM", "Elmarcom"), "a company in capitals");
    assertTrue(ActorNames.same("Port Elmar navy", "Port Elmar Navy"));
    assertTrue(ActorNames.same("Dana Orlov-Dana Orlov", "Dana Orlov"), "a name the tagger joined to itself");
  }

  @Test
  void twoActorsWhenAWordOfTheirOwnDiffersOrOnlyTheSurnameIsGiven() {
    assertFalse(ActorNames.same("Orlov", "Dana Orlov"), "a surname alone may be another of the family");
    assertFalse(ActorNames.same("Ivo Orlov", "Dana Orlov"));
    assertFalse(ActorNames.same("Port Elmar Police Department", "Port Elmar Fire Department"));
    assertFalse(ActorNames.same("Dana Orlov", "Dana Orlova"));
    assertFalse(ActorNames.same("", ""), "no name is no actor");
    assertFalse(ActorNames.same("Tomas R. K. Brec", "Tomas K. Brec"), "an initial more: father and son");
    assertTrue(ActorNames.same("Port Elmar Rescue Centre", "Port Elmar Centre"), "a word more, no initial");
  }

  @Test
  void topActorsCountEveryNameOfOneActorAndAreWrittenAsItsMostVotedName() {
    Map<String, Double> votes = new LinkedHashMap<>();
    votes.put("Port Elmar Council", 2.5);
    votes.put("Dana Orlov", 1.0);
    votes.put("Dana K. Orlov", 2.0);
    votes.put("Orlov", 0.5);
    votes.put("Ivo Orlov", 1.5);
    // Dana's two names together (3.0) come before the council (2.5); the surname alone stays apart.
    assertEquals(List.of("Dana K. Orlov", "Port Elmar Council", "Ivo Orlov", "Orlov"), ActorNames.top(votes, 10));
    assertEquals(List.of("Dana K. Orlov", "Port Elmar Council"), ActorNames.top(votes, 2));
  }

  @Test
  void aBareSurnameJoinsTheOneFullNameOfItsTypeThatEndsWithIt() {
    Map<String, Double> votes = Map.of("Orlov", 2.0, "Dana Orlov", 1.0, "Port Elmar Council", 2.5, "Council", 0.4);
    Map<String, String> types = Map.of("Orlov", "PERSON", "Dana Orlov", "PERSON",
        "Port Elmar Council", "ORGANIZATION", "Council", "ORGANIZATION");
    assertEquals(List.of("Dana Orlov", "Port Elmar Council"), ActorNames.top(votes, types, 10),
        "written by the full name, with the surname's votes");
    assertEquals(List.of("Port Elmar Council", "Orlov", "Dana Orlov", "Council"), ActorNames.top(votes, 10),
        "types unknown: nothing joins so");
  }

  @Test
  void aBareSurnameStaysApartWhenTwoFullNamesEndWithItOrTheTypesDiffer() {
    Map<String, Double> family = Map.of("Orlov", 2.0, "Dana Orlov", 1.0, "Ivo Orlov", 1.0);
    Map<String, String> persons = Map.of("Orlov", "PERSON", "Dana Orlov", "PERSON", "Ivo Orlov", "PERSON");
    assertEquals(List.of("Orlov", "Dana Orlov", "Ivo Orlov"), ActorNames.top(family, persons, 10));
    Map<String, Double> places = Map.of("Elmaria", 2.0, "South Elmaria", 1.0);
    assertEquals(List.of("Elmaria", "South Elmaria"),
        ActorNames.top(places, Map.of("Elmaria", "LOCATION", "South Elmaria", "LOCATION"), 10), "two countries");
    assertEquals(List.of("Elmaria", "South Elmaria"),
        ActorNames.top(places, Map.of("Elmaria", "PERSON", "South Elmaria", "LOCATION"), 10), "types differ");
  }

  @Test
  void oneOfTellsWhetherANameIsOneOfTheListedActors() {
    var isAnActor = ActorNames.oneOf(List.of("Dana K. Orlov", "ELMARCOM"));
    assertTrue(isAnActor.test("Dana Orlov"));
    assertTrue(isAnActor.test("Elmarcom"));
    assertFalse(isAnActor.test("Orlov"));
    assertFalse(ActorNames.oneOf(List.of()).test("Dana Orlov"));
  }

  @Test
  void aFullNameIsTwoWordsOrMoreEndingWithTheName() {
    assertTrue(ActorNames.isFullNameOf("Dana K. Orlov", "Orlov"));
    assertTrue(ActorNames.isFullNameOf("Dana Orlov", "orlov"));
    assertFalse(ActorNames.isFullNameOf("Orlov", "Orlov"));
    assertFalse(ActorNames.isFullNameOf("Dana Orlov", "Dana"));
    assertFalse(ActorNames.isFullNameOf("Dana Orlov", "Dana Orlov"));
  }

  @Test
  void equalVotesKeepTheOrderOfTheBestNamesSoThatTheSameVotesGiveTheSameList() {
    Map<String, Integer> votes = Map.of("Zeno Arl", 2, "Ada Brun", 1, "ada brun", 1, "Bo Cay", 1, "Al Dorn", 1);
    assertEquals(List.of("Zeno Arl", "Ada Brun", "Al Dorn", "Bo Cay"), ActorNames.top(votes, 10));
  }
}
