package io.mediamon.extractor.nlp;

import io.mediamon.schema.Claim;
import io.mediamon.schema.SpeakerKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * How a claim's speaker is written (real CoreNLP): a name, a pronoun, or a description kept as written, typed, with
 * the organisation it belongs to when the text names one; a phrase that cannot speak is no speaker.
 */
class SpeakerKindTest {

    private static Claim onlyClaim(String text) {
        List<Claim> claims = TestArticles.analyzer().analyze(TestArticles.text(text)).getClaims();
        assertEquals(1, claims.size(), claims.toString());
        return claims.get(0);
    }

    @Test
    void aNamedSpeakerIsAName() {
        Claim c = onlyClaim("Governor Maria Lopez said the bridge would reopen in March.");
        assertEquals("Maria Lopez", c.getSpeaker());
        assertEquals(SpeakerKind.NAME, c.getSpeakerKind());
        assertNull(c.getSpeakerOrganization());
    }

    @Test
    void anUnresolvedPronounIsAPronounWithoutSpeaker() {
        Claim c = onlyClaim("“We will rebuild the school by winter,” she said.");
        assertNull(c.getSpeaker());
        assertEquals("she", c.getSpeakerText());
        assertEquals(SpeakerKind.PRONOUN, c.getSpeakerKind());
    }

    @Test
    void aDescriptionIsKeptAsWrittenAndTyped() {
        Claim c = onlyClaim("Several economists said the tariffs would raise prices for farmers.");
        assertNull(c.getSpeaker(), "a description names no one");
        assertEquals("Several economists", c.getSpeakerText());
        assertEquals(SpeakerKind.DESCRIPTION, c.getSpeakerKind());
    }

    @Test
    void aPartOfAGroupNamedBeforeIsADescription() {
        Claim c = onlyClaim("The council heard from forty ferry pilots, most of whom said the tolls were too high.");
        assertNull(c.getSpeaker(), "a part of a group names no one");
        assertEquals("most of whom", c.getSpeakerText());
        assertEquals(SpeakerKind.DESCRIPTION, c.getSpeakerKind());
    }

    @Test
    void aClipASlideAndStatisticsAreDescriptions() {
        for (String speaker : List.of("The clip", "Another slide", "Federal statistics")) {
            Claim c = onlyClaim(speaker + " showed that the ferry lost money in the winter.");
            assertEquals(speaker, c.getSpeakerText());
            assertEquals(SpeakerKind.DESCRIPTION, c.getSpeakerKind(), speaker);
        }
    }

    @Test
    void aPollingAverageIsADescription() {
        Claim c = onlyClaim("The polling average shows the mayor trailing by ten points.");
        assertEquals("The polling average", c.getSpeakerText());
        assertEquals(SpeakerKind.DESCRIPTION, c.getSpeakerKind());
    }

    @Test
    void aDocumentIsADescription() {
        Claim c = onlyClaim("The audit found that the agency had lost track of 40 vehicles.");
        assertEquals(SpeakerKind.DESCRIPTION, c.getSpeakerKind());
        assertEquals("The audit", c.getSpeakerText());
    }

    @Test
    void aDescriptionNamesTheOrganisationItBelongsTo() {
        Claim c = onlyClaim("A senior Microsoft engineer said the update would ship next month.");
        assertEquals(SpeakerKind.DESCRIPTION, c.getSpeakerKind());
        assertEquals("A senior Microsoft engineer", c.getSpeakerText());
        assertEquals("Microsoft", c.getSpeakerOrganization());
    }

    @Test
    void aPhraseThatCannotSpeakIsNoSpeaker() {
        Claim c = onlyClaim("The chemicals showed that the river had been polluted for years.");
        assertNull(c.getSpeaker());
        assertNull(c.getSpeakerKind(), c.toString());
    }
}
