package io.mediamon.extractor.nlp;

import io.mediamon.schema.EventMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who did what to whom on small texts (real CoreNLP). */
class EventExtractorTest {

    private static List<EventMention> events(String text) {
        return TestArticles.analyzer().analyze(TestArticles.text(text)).getEventMentions();
    }

    private static EventMention only(String text) {
        List<EventMention> events = events(text);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void verbWithSubjectObjectPlaceAndTime() {
        EventMention m = only("Russian President Vladimir Putin met with Turkish President Recep Tayyip Erdogan "
                + "in Sochi on Monday.");
        assertEquals("CONSULT", m.getAction());
        assertEquals("met", m.getTrigger());
        assertEquals(List.of("Vladimir Putin"), m.getActors());
        assertEquals(List.of("Recep Tayyip Erdogan"), m.getTargets());
        assertEquals("Sochi", m.getPlace());
        assertEquals("Monday", m.getTime());
    }

    @Test
    void nationalitiesStandForTheirCountries() {
        EventMention m = only("Iranian officials met Taliban envoys in Tehran on Wednesday.");
        assertEquals(List.of("Iran"), m.getActors());
        assertEquals(List.of("Taliban"), m.getTargets());
        assertEquals("Tehran", m.getPlace());
    }

    @Test
    void passiveVoiceSwapsActorAndTarget() {
        EventMention m = only("Israeli soldiers were attacked by Hamas fighters near Gaza on Tuesday.");
        assertEquals("ASSAULT", m.getAction());
        assertEquals(List.of("Hamas"), m.getActors());
        assertEquals(List.of("Israel"), m.getTargets());
    }

    @Test
    void actionNounWithSupportVerb() {
        EventMention m = only("The United States imposed sanctions on Iran's oil sector.");
        assertEquals("SANCTION", m.getAction());
        assertEquals(List.of("United States"), m.getActors());
        assertEquals(List.of("Iran"), m.getTargets());
    }

    @Test
    void talksBetweenTwoParties() {
        EventMention m = only("It was the first round of talks between Armenia and Azerbaijan.");
        assertEquals("CONSULT", m.getAction());
        assertEquals(List.of("Armenia"), m.getActors());
        assertEquals(List.of("Azerbaijan"), m.getTargets());
        assertNull(m.getPlace());
    }

    @Test
    void requestWithPhrasalTrigger() {
        EventMention m = only("The European Union called on Russia to withdraw its troops.");
        assertEquals("REQUEST", m.getAction());
        assertEquals(List.of("European Union"), m.getActors());
        assertEquals(List.of("Russia"), m.getTargets());
    }

    @Test
    void refusedOrHypotheticalActionsAreNotEvents() {
        assertTrue(events("Pakistan refused to meet with India in Geneva.").isEmpty());
        assertTrue(events("Pakistan could meet with India in Geneva next month.").isEmpty());
        assertTrue(events("There were no talks between Pakistan and India.").isEmpty());
    }

    @Test
    void singleParticipantIsNotAnEvent() {
        assertTrue(events("Pakistan held talks in Geneva on Friday.").isEmpty());
    }

    @Test
    void statementsAreClaimsNotEvents() {
        assertTrue(events("Prime Minister Imran Khan said Pakistan wanted peace with India.").isEmpty());
    }
}
