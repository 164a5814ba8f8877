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
}
