package io.mediamon.extractor.nlp;

import io.mediamon.schema.Claim;
import io.mediamon.schema.ClaimKind;
import io.mediamon.schema.EnrichedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claims read from the dependency parse and the speakers it gives, on invented sentences (real CoreNLP): subjects
 * across adverbials, coordination and apposition, the addressee left out, verbs with objects, labels and dashes.
 */
class ParsedClaimsTest {

    private static List<Claim> claims(String text) {
        EnrichedArticle out = TestArticles.analyzer().analyze(TestArticles.text(text));
        return out.getClaims();
    }

    private static Claim withCue(List<Claim> claims, String cue) {
        Optional<Claim> found = claims.stream().filter(c -> c.getCue().equals(cue)).findFirst();
        assertTrue(found.isPresent(), "no claim with cue " + cue + " in " + claims);
        return found.get();
    }

    @Test
    void subjectAcrossAnAdverbialAndATime() {
        Claim c = withCue(claims("Senator Maria Lopez on Tuesday strongly argued the budget would fail."), "argued");
        assertEquals("Maria Lopez", c.getSpeaker());
        assertEquals("the budget would fail", c.getContent());
    }

    @Test
    void coordinatedVerbSharesTheSubject() {
        Claim c = withCue(claims("Governor Tom Baker criticized the court and insisted that the state would appeal."),
                "insisted");
        assertEquals("Tom Baker", c.getSpeaker());
        assertEquals("the state would appeal", c.getContent());
    }

    @Test
    void theAddresseeIsNotTheSpeaker() {
        Claim c = withCue(claims("Finance Minister Paul Grant told The Daily Courier that taxes would rise next year."),
                "told");
        assertEquals("Paul Grant", c.getSpeaker());
    }

    @Test
    void appositionNamesTheSpeaker() {
        Claim c = withCue(claims("Anna Novak, the mayor's chief of staff, believes the council will approve the plan."),
                "believes");
        assertEquals("Anna Novak", c.getSpeaker());
        assertEquals(ClaimKind.BELIEF, c.getKind());
    }

    @Test
    void aPersonWhoOwnsTheDescriptionIsNotTheSpeaker() {
        List<Claim> claims = claims("Mayor John Reed's spokesman said the office would respond later.");
        Claim c = withCue(claims, "said");
        assertNotEquals("John Reed", c.getSpeaker());
    }

    @Test
    void aNameAfterCommaAndVerbIsNotTheSpeakerWhenTheVerbHasASubject() {
        Claim c = withCue(claims("Anna Novak, who served as mayor until last year, said Grant had misled the council."),
                "said");
        assertEquals("Anna Novak", c.getSpeaker());
        assertEquals("Grant had misled the council", c.getContent());
    }

    @Test
    void aVerbWhoseObjectIsTheClaim() {
        Claim c = withCue(claims("Senator Maria Lopez called the new highway plan a costly mistake."), "called");
        assertEquals("Maria Lopez", c.getSpeaker());
        assertEquals("the new highway plan a costly mistake", c.getContent());
    }

    @Test
    void aVerbAndItsParticle() {
        Claim c = withCue(claims("Governor Tom Baker called for an independent inquiry into the contracts."),
                "called for");
        assertEquals("Tom Baker", c.getSpeaker());
        assertEquals("an independent inquiry into the contracts", c.getContent());
    }

    @Test
    void pronounAgreesInGender() {
        List<Claim> claims = claims("Maria Lopez met Tom Baker on Monday in the capital.\n\n"
                + "She said the talks had gone well.");
        assertEquals("Maria Lopez", withCue(claims, "said").getSpeaker());
    }

    @Test
    void itRefersToTheLatestOrganisationThatSpoke() {
        List<Claim> claims = claims("The International Monetary Fund cut its growth forecast for Europe on Monday.\n\n"
                + "It said the slowdown would last into next year.");
        assertEquals("International Monetary Fund", withCue(claims, "said").getSpeaker());
    }

    @Test
    void aSpokesmanForAnOrganisationSpeaksForIt() {
        Claim c = withCue(claims("A spokesman for the Ministry of Finance on Friday insisted the figures were wrong."),
                "insisted");
        assertTrue(c.getSpeaker() != null && c.getSpeaker().contains("Finance"), c.toString());
        assertTrue(c.getSpeakerText().startsWith("A spokesman"), c.toString());
    }

    @Test
    void capitalLabelAndColonInATranscript() {
        List<Claim> claims = claims("Jane Whitfield spoke to the radio station on Friday.\n\n"
                + "WHITFIELD: We will not give up this fight for our schools.");
        Claim c = withCue(claims, ":");
        assertEquals("Jane Whitfield", c.getSpeaker());
        assertEquals("We will not give up this fight for our schools", c.getContent());
    }

    @Test
    void dashSignedQuote() {
        List<Claim> claims = claims("Readers wrote to us about the election.\n\n"
                + "“This city deserves far better schools than it has.” ― Jane Whitfield");
        Claim c = withCue(claims, "―");
        assertEquals("Jane Whitfield", c.getSpeaker());
        assertTrue(c.getQuoted());
        assertEquals("This city deserves far better schools than it has.", c.getContent());
    }

    @Test
    void quoteInDoubledApostrophes() {
        List<Claim> claims = claims("''We will win this election in every county,'' Paul Grant said on Sunday.");
        Claim c = withCue(claims, "said");
        assertEquals("Paul Grant", c.getSpeaker());
        assertTrue(c.getQuoted());
        assertEquals("We will win this election in every county", c.getContent());
    }
}
