package io.mediamon.evaluation.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediamon.schema.Claim;
import io.mediamon.schema.ClaimKind;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.SpeakerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules of `eval claims`, on made-up sentences. */
class ClaimScoringTest {
  @Test
  void contentsMatchOneToOneByWordOverlapBestFirst() {
    List<ClaimMatching.Pair> pairs = ClaimMatching.match(
        List.of("the bridge will reopen next week", "prices rose sharply in May"),
        List.of("Prices rose sharply", "the bridge may reopen", "the bridge will reopen next week after repairs"));
    assertEquals(2, pairs.size());
    assertEquals(2, pairs.stream().filter(p -> p.gold() == 0).findFirst().orElseThrow().system(),
        "the best overlap wins the gold attribution");
    assertEquals(0, pairs.stream().filter(p -> p.gold() == 1).findFirst().orElseThrow().system());
    assertTrue(ClaimMatching.match(List.of("a b c d"), List.of("a x y z")).isEmpty(), "under half shared");
  }

  @Test
  void aSpeakerNamesTheSourceByNameSurnameOrHead() {
    assertTrue(SpeakerJudge.right("Maria Keller", "Keller"));
    assertTrue(SpeakerJudge.right("Maria Keller", "Mayor Maria Keller"));
    assertTrue(SpeakerJudge.right("Daily Ledger", "the Ledger"));
    assertTrue(SpeakerJudge.right("Harbour Commission", "the commission"));
    assertFalse(SpeakerJudge.right("Maria Keller", "Keller's spokesman"), "an owner is not the speaker");
    assertFalse(SpeakerJudge.right("Maria Keller", "Tom Brandt"));
    assertFalse(SpeakerJudge.right("Maria Keller", "the former mayor"), "unverifiable without coreference");
    assertFalse(SpeakerJudge.right(null, "Keller"));
  }

  @Test
  void aDescriptionIsNamedByTheSameDescriptionOrByWhomTheTextGivesItsRole() {
    GoldAttribution experts = gold("several independent experts", SourceKind.DESCRIPTION);
    assertTrue(SpeakerJudge.right(claim(null, "Experts", SpeakerKind.DESCRIPTION), experts, List.of()));
    assertFalse(SpeakerJudge.right(claim(null, "the auditors", SpeakerKind.DESCRIPTION), experts, List.of()));
    assertFalse(SpeakerJudge.right(claim(null, "Experts", null), experts, List.of()),
        "a phrase the system does not take for a speaker names no one");
    GoldAttribution source = gold("a source close to the talks", SourceKind.DESCRIPTION);
    assertTrue(SpeakerJudge.right(claim(null, "sources familiar with the plan", SpeakerKind.DESCRIPTION), source,
        List.of()), "the head before its modifiers, plurals folded");

    GoldAttribution mayor = gold("the mayor", SourceKind.DESCRIPTION);
    Entity keller = Entity.newBuilder().setText("Maria Keller").setType(EntityType.PERSON).setCanonical("Maria Keller")
        .setMentions(List.of()).setRoles(List.of("Mayor")).setCountry(null).setFirstOffset(0).setSalience(1).build();
    assertTrue(SpeakerJudge.right(claim("Maria Keller", "the mayor", SpeakerKind.DESCRIPTION), mayor, List.of(keller)));
    assertFalse(SpeakerJudge.right(claim("Tom Brandt", "the mayor", SpeakerKind.DESCRIPTION), mayor, List.of(keller)),
        "resolved to someone the text does not call mayor");
    assertFalse(SpeakerJudge.right(claim(null, "the mayor", SpeakerKind.DESCRIPTION), gold("he", SourceKind.PRONOUN),
        List.of()), "a pronoun's source is its referent");
    assertTrue(SpeakerJudge.right(claim(null, "KELLER", SpeakerKind.NAME), gold("KELLER", SourceKind.NAMED),
        List.of()), "a name no entity stands for, as written");
    assertTrue(SpeakerJudge.hasSpeaker(claim(null, "KELLER", SpeakerKind.NAME)));
    assertFalse(SpeakerJudge.hasSpeaker(claim(null, "he", SpeakerKind.PRONOUN)), "an unresolved pronoun names no one");
  }

  @Test
  void anAbbreviationNamesItsInitialsAndARelativePronounItsAntecedent() {
    assertTrue(SpeakerJudge.right("Harbour Safety Board", "the HSB"));
    assertTrue(SpeakerJudge.right("Harbour Safety Board", "the H.S.B."));
    assertFalse(SpeakerJudge.right("Harbour Safety Board", "the HSA"));
    assertEquals(SourceKind.PRONOUN, SourceKind.of("who"));
    String text = "The plan was backed by Mayor Maria Keller, who said it would pass.";
    assertEquals("Mayor Maria Keller", PolnearCorpus.antecedentName(text, text.indexOf("who")));
    String described = "The plan was backed by the mayor, who said it would pass.";
    assertNull(PolnearCorpus.antecedentName(described, described.indexOf("who")));
  }

  private static GoldAttribution gold(String source, SourceKind kind) {
    return new GoldAttribution("d", "the content", 0, source, 0, "said", false, kind,
        kind == SourceKind.PRONOUN ? "Maria Keller" : null);
  }

  private static Claim claim(String speaker, String text, SpeakerKind kind) {
    return Claim.newBuilder().setSpeaker(speaker).setSpeakerText(text).setSpeakerKind(kind).setCue("said")
        .setContent("the content").setQuoted(false).setKind(ClaimKind.STATEMENT).setBegin(0).setEnd(11).build();
  }

  @Test
  void sourcesAreNamedPronounsOrDescriptions() {
    assertEquals(SourceKind.NAMED, SourceKind.of("The Daily Ledger"));
    assertEquals(SourceKind.NAMED, SourceKind.of("Keller"));
    assertEquals(SourceKind.PRONOUN, SourceKind.of("She"));
    assertEquals(SourceKind.DESCRIPTION, SourceKind.of("a source close to the talks"));
    assertEquals(SourceKind.DESCRIPTION, SourceKind.of("Another source"));
    assertEquals(SourceKind.DESCRIPTION, SourceKind.of("Officials", "Officials said so. Two officials agreed."),
        "a capitalised first word the text also writes in lower case is a common noun");
    assertEquals(SourceKind.NONE, SourceKind.of(null));
  }

  @Test
  void bratAttributionsAreReadWithTheirRolesQuotesAndPronounReferents() {
    String text = "Mayor Keller said the bridge will reopen. \u201cIt is safe,\u201d she added. Sources said costs rose. "
        + "Other sources disagreed.";
    List<String> ann = List.of(
        "T1\tSource 0 12\tMayor Keller", "T2\tCue 13 17\tsaid", "T3\tContent 18 40\tthe bridge will reopen",
        "E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1",
        "T4\tContent 43 53\tIt is safe", "T5\tSource 56 59\tshe", "T6\tCue 60 65\tadded",
        "E2\tAttribution:T10 Content:T4 Cue:T6 Source:T5",
        "T7\tSource 67 74\tSources", "T8\tContent 80 85;86 90\tcosts rose",
        "E3\tAttribution:T11 Content:T8 Source:T7");
    List<GoldAttribution> gold = PolnearCorpus.attributions("doc", text, ann);
    assertEquals(3, gold.size());
    assertEquals(SourceKind.NAMED, gold.get(0).kind());
    assertFalse(gold.get(0).direct());
    assertEquals("It is safe", gold.get(1).content());
    assertTrue(gold.get(1).direct());
    assertEquals("Mayor Keller", gold.get(1).referent(), "the nearest earlier named source");
    assertEquals(SourceKind.DESCRIPTION, gold.get(2).kind());
    assertNull(gold.get(2).cue());
    assertEquals("costs rose", gold.get(2).content(), "a discontinuous span, joined");
  }
  @Test
  void aContentAnnotatedInPiecesIsOneContentHoldingEveryPiece() {
    String text = "\u201cThe ferry is late,\u201d the captain said, \u201cbut it will sail.\u201d";
    List<String> ann = List.of(
        "T1\tContent 1 19\tThe ferry is late,", "T2\tSource 21 32\tthe captain", "T3\tCue 33 37\tsaid",
        "T4\tContent 40 56\tbut it will sail",
        "E1\tAttribution:T9 Content:T1 Cue:T3 Source:T2 Content2:T4");
    List<GoldAttribution> gold = PolnearCorpus.attributions("doc", text, ann);
    assertEquals(1, gold.size());
    assertEquals("The ferry is late, but it will sail", gold.get(0).content(), "both pieces, in text order");
    assertEquals("the captain", gold.get(0).source());
  }
}
