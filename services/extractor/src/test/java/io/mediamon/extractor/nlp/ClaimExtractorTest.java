package io.mediamon.extractor.nlp;

import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribution patterns on small texts (real CoreNLP): the rules are general, not tuned to the sample. */
class ClaimExtractorTest {

    private static List<Claim> claims(String text) {
        EnrichedArticle out = TestArticles.analyzer().analyze(TestArticles.text(text));
        return out.getClaims();
    }

    @Test
    void pronounWithoutAnyEarlierPersonHasNoSpeaker() {
        List<Claim> claims = claims("“It is over and we are going home,” he said.");
        assertEquals(1, claims.size(), claims.toString());
        assertNull(claims.get(0).getSpeaker());
        assertTrue(claims.get(0).getQuoted());
        assertEquals("It is over and we are going home", claims.get(0).getContent());
    }

    @Test
    void pronounRefersToThePersonWhoSpokeBefore() {
        List<Claim> claims = claims("Foreign Minister Sergei Lavrov said on Monday that Moscow was ready for talks."
                + "\n\nThe White House has not responded. “We will wait for an answer,” he said.");
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("Sergei Lavrov", claims.get(0).getSpeaker());
        assertEquals("Moscow was ready for talks", claims.get(0).getContent());
        assertEquals("Sergei Lavrov", claims.get(1).getSpeaker());
    }

    @Test
    void invertedAttributionAndRoleNoun() {
        List<Claim> claims = claims("“We will not negotiate with occupiers,” said Zabihullah Mujahid, the group's "
                + "spokesman.\n\nThe talks will continue next week, the spokesman said.");
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("Zabihullah Mujahid", claims.get(0).getSpeaker());
        assertEquals("We will not negotiate with occupiers", claims.get(0).getContent());
        assertEquals("Zabihullah Mujahid", claims.get(1).getSpeaker());
        assertEquals("The talks will continue next week", claims.get(1).getContent());
        assertFalse(claims.get(1).getQuoted());
    }

    @Test
    void reportingSourceIsNotTheSpeaker() {
        List<Claim> claims = claims("Iran's Fars news agency reported Wednesday that Mohammad Javad Zarif warned "
                + "of new sanctions.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Mohammad Javad Zarif", claims.get(0).getSpeaker());
        assertEquals("warned", claims.get(0).getCue());
        assertEquals("of new sanctions", claims.get(0).getContent());
    }

    @Test
    void accordingToWithoutNamedSourceHasNoSpeaker() {
        List<Claim> claims = claims("According to police, the attack killed 12 people in Kabul.");
        assertEquals(1, claims.size(), claims.toString());
        assertNull(claims.get(0).getSpeaker());
        assertEquals("according to", claims.get(0).getCue());
        assertEquals("the attack killed 12 people in Kabul", claims.get(0).getContent());
    }

    @Test
    void nationalityOfficialsSpeakForTheirCountry() {
        List<Claim> claims = claims("Police arrested three suspects in Paris last week, French officials said.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("France", claims.get(0).getSpeaker());
        assertEquals("Police arrested three suspects in Paris last week", claims.get(0).getContent());
    }

    @Test
    void nounsAndPassivesAreNotReportingVerbs() {
        assertTrue(claims("The claims were rejected by the court in Berlin on Monday.").isEmpty());
        assertTrue(claims("The Country Reports on Terrorism were published in Washington.").isEmpty());
    }

    @Test
    void appositiveDescribesTheSpeaker() {
        List<Claim> claims = claims("Jens Stoltenberg, secretary general of NATO, said that the alliance would "
                + "defend every member.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Jens Stoltenberg", claims.get(0).getSpeaker());
        assertEquals("the alliance would defend every member", claims.get(0).getContent());
    }

    @Test
    void speakerAsWrittenIsKeptAlsoWhenUnresolved() {
        List<Claim> claims = claims("“The talks were constructive,” the minister told reporters in Geneva.");
        assertEquals(1, claims.size(), claims.toString());
        assertNull(claims.get(0).getSpeaker());
        assertEquals("the minister", claims.get(0).getSpeakerText());
        assertEquals("told", claims.get(0).getCue());
        Claim named = claims("Police spokesman John Kariuki said two suspects had been detained.").get(0);
        assertEquals("John Kariuki", named.getSpeaker());
        assertEquals("Police spokesman John Kariuki", named.getSpeakerText());
    }

    @Test
    void colonQuote() {
        List<Claim> claims = claims("The Foreign Ministry said: “We reject these accusations and call on "
                + "Washington to stop.”");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Foreign Ministry", claims.get(0).getSpeaker());
        assertTrue(claims.get(0).getQuoted());
        assertEquals("We reject these accusations and call on Washington to stop", claims.get(0).getContent());
    }

    @Test
    void accusationsThreatsAndAppealsAreClaimsToo() {
        Claim accused = claims("Prime Minister Narendra Modi accused Pakistan of harbouring the militants.").get(0);
        assertEquals("Narendra Modi", accused.getSpeaker());
        assertEquals("accused", accused.getCue());
        assertEquals("Pakistan of harbouring the militants", accused.getContent());
        Claim threat = claims("North Korea threatened to resume missile tests if sanctions stay.").get(0);
        assertEquals("North Korea", threat.getSpeaker());
        assertEquals("threatened", threat.getCue());
        Claim appeal = claims("UN Secretary-General Antonio Guterres urged both sides to return to talks.").get(0);
        assertEquals("Antonio Guterres", appeal.getSpeaker());
        assertEquals("urged", appeal.getCue());
    }

    @Test
    void pronounFollowsTheGenderTheFirstNameGives() {
        List<Claim> she = claims("Emmanuel Macron met Angela Merkel in Berlin on Monday. She said the two "
                + "countries would coordinate their response.");
        assertEquals("Angela Merkel", she.get(0).getSpeaker(), she.toString());
        assertEquals("She", she.get(0).getSpeakerText());
        List<Claim> he = claims("Emmanuel Macron met Angela Merkel in Berlin on Monday. He said the two "
                + "countries would coordinate their response.");
        assertEquals("Emmanuel Macron", he.get(0).getSpeaker(), he.toString());
        // Nobody of the pronoun's gender: no speaker rather than the wrong one.
        List<Claim> nobody = claims("Angela Merkel met reporters in Berlin on Monday. He said the two countries "
                + "would coordinate their response.");
        assertNull(nobody.get(0).getSpeaker(), nobody.toString());
        assertEquals("He", nobody.get(0).getSpeakerText());
    }

    @Test
    void definiteNounFindsTheOrganisationNamedWithIt() {
        List<Claim> claims = claims("Iran's Foreign Ministry condemned the strike on Tuesday. The ministry said "
                + "the attack violated international law.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Foreign Ministry", claims.get(0).getSpeaker());
        assertEquals("The ministry", claims.get(0).getSpeakerText());
        // No ministry named before: unresolved, not the nearest organisation.
        Claim unnamed = claims("Hamas fired rockets at Israel overnight. The ministry said 40 people had been "
                + "killed.").get(0);
        assertNull(unnamed.getSpeaker());
        assertEquals("The ministry", unnamed.getSpeakerText());
    }

    @Test
    void participleClauseIsAClaimOfTheSameSpeaker() {
        List<Claim> claims = claims("“We are ready,” Defence Minister Ben Wallace said in a statement, adding "
                + "that troops had been deployed to the border.");
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("Ben Wallace", claims.get(1).getSpeaker());
        assertEquals("adding", claims.get(1).getCue());
        assertEquals("troops had been deployed to the border", claims.get(1).getContent());
        // "rejected" attributes its object too: the rejection is Iran's first claim, the participle its second
        List<Claim> opening = claims("Iran rejected the report on Monday, saying it was based on fabricated "
                + "evidence.");
        assertEquals(2, opening.size(), opening.toString());
        assertEquals("rejected", opening.get(0).getCue());
        assertEquals("Iran", opening.get(1).getSpeaker());
        assertEquals("it was based on fabricated evidence", opening.get(1).getContent());
        List<Claim> vowed = claims("Senator Elizabeth Warren vowed to block the nomination, arguing that the "
                + "candidate lacked experience.");
        assertEquals("to block the nomination", vowed.get(0).getContent());
        assertEquals("Elizabeth Warren", vowed.get(1).getSpeaker());
    }

    @Test
    void quoteSplitByItsAttribution() {
        List<Claim> claims = claims("Sergei Lavrov spoke in Moscow. “There is no military solution,” he added, "
                + "“only a political one that both sides accept.”");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("There is no military solution … only a political one that both sides accept",
                claims.get(0).getContent(), "one claim for both parts, the attribution left out");
        assertEquals("Sergei Lavrov", claims.get(0).getSpeaker());
        assertTrue(claims.get(0).getQuoted());
    }

    @Test
    void questionsBeliefsIntentionsAndFindingsAreClaimsOfTheirOwnKind() {
        List<Claim> claims = claims("Governor Anna Weiss said on Friday that she plans to visit the flooded towns."
                + "\n\nSenator Paul Okafor asked whether the relief money had arrived."
                + "\n\nThe state auditor found that the dams had not been inspected since 2010."
                + "\n\nWeiss believes the levees will hold.");
        assertEquals(io.mediamon.schema.ClaimKind.STATEMENT, claims.get(0).getKind(), claims.toString());
        assertEquals("Anna Weiss", claims.get(0).getSpeaker());
        assertTrue(claims.stream().anyMatch(c -> c.getKind() == io.mediamon.schema.ClaimKind.INTENTION
                && "Anna Weiss".equals(c.getSpeaker())), "her intention beside her statement: " + claims);
        assertTrue(claims.stream().anyMatch(c -> c.getKind() == io.mediamon.schema.ClaimKind.QUESTION
                && "Paul Okafor".equals(c.getSpeaker())), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> c.getKind() == io.mediamon.schema.ClaimKind.WRITTEN
                && c.getContent().startsWith("the dams had not been inspected")), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> c.getKind() == io.mediamon.schema.ClaimKind.BELIEF
                && "Anna Weiss".equals(c.getSpeaker()) && c.getContent().equals("the levees will hold")),
                claims.toString());
    }

    @Test
    void finiteFormsOfTheParsesCuesAreReadWithoutTheParse() {
        List<Claim> claims = claims("Senator Ann Cole criticized the plan as a giveaway to insurers.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Ann Cole", claims.get(0).getSpeaker());
        assertEquals("criticized", claims.get(0).getCue());
        assertEquals("the plan as a giveaway to insurers", claims.get(0).getContent());

        List<Claim> phrase = claims("The mayor's office called for an inquiry into the contracts awarded last year.");
        assertEquals(1, phrase.size(), phrase.toString());
        assertEquals("called for", phrase.get(0).getCue());
    }

    @Test
    void aPluralNounIsNotACue() {
        assertTrue(claims("The vote in several states raised new questions about the count in rural areas.")
                .isEmpty());
        List<Claim> claims = claims("The report states that the river has been polluted for a decade.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("states", claims.get(0).getCue());
    }

    @Test
    void aStatementAboutWhatSomeoneDescribedKeepsItsSpeaker() {
        List<Claim> claims = claims("Maria Lopez said the governor once described the budget as a disaster for "
                + "schools.");
        assertTrue(claims.stream().anyMatch(c -> "Maria Lopez".equals(c.getSpeaker()) && c.getCue().equals("said")),
                claims.toString());
    }

    @Test
    void anAbbreviatedTitleIsTheRoleWrittenOut() {
        List<Claim> claims = claims("Sen. Ann Cole met farmers in Ames on Monday.\n\nThe senator said the tariffs "
                + "would be lifted by spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Ann Cole", claims.get(0).getSpeaker());
    }

    @Test
    void aParticipleClauseBetweenSubjectAndVerbIsSkipped() {
        List<Claim> claims = claims("Maria Lopez, speaking to farmers in Iowa, said the tariffs would be lifted by "
                + "spring.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Maria Lopez", claims.get(0).getSpeaker());
        List<Claim> including = claims("Several unions, including the Harbour Workers Union, said the strike would "
                + "go on.");
        assertEquals(1, including.size(), including.toString());
        assertEquals("Harbour Workers Union", including.get(0).getSpeaker(), "a member named in the subject");
    }

    @Test
    void aTranscriptQuotedParagraphByParagraphKeepsItsLabels() {
        List<Claim> claims = claims("Governor Tom Baker spoke to Jane Wells on Sunday.\n\n\"WELLS: Will the bridge "
                + "reopen this year?\n\n\"BAKER: The bridge will reopen in March and the tolls will stay.");
        assertTrue(claims.stream().anyMatch(c -> "Tom Baker".equals(c.getSpeaker()) && c.getCue().equals(":")
                && c.getContent().startsWith("The bridge will reopen")), claims.toString());
    }

    @Test
    void aPronounAfterSaidThatStartsAClauseIsNotAnInvertedSpeaker() {
        List<Claim> claims = claims("Tom Baker, a longtime Cole supporter, said he would vote against the bridge "
                + "tolls next week.");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Tom Baker", claims.get(0).getSpeaker());
        assertEquals("he would vote against the bridge tolls next week", claims.get(0).getContent());
    }
}
