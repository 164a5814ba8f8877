package io.mediamon.extractor.nlp;

import io.mediamon.schema.EventMention;
import io.mediamon.schema.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
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
    void anInterviewGivenToANewsMediumIsNotAnEvent() {
        assertTrue(events("Anna Berg spoke to Channel 9 News on Friday about her brother's rescue.").isEmpty());
        assertTrue(events("Mayor Tom Ross sat down with the Daily Times to discuss the flood.").isEmpty());
        EventMention meeting = only("Anna Berg spoke to Mayor Tom Ross on Friday about her brother's rescue.");
        assertEquals(List.of("Tom Ross"), meeting.getTargets(), "the same words with a party who is no medium");
    }

    @Test
    void singleParticipantIsNotAnEvent() {
        assertTrue(events("Pakistan held talks in Geneva on Friday.").isEmpty());
    }

    @Test
    void statementsAreClaimsNotEvents() {
        assertTrue(events("Prime Minister Imran Khan said Pakistan wanted peace with India.").isEmpty());
    }

    @Test
    void timeIsResolvedAgainstThePublicationDate() {
        // TestArticles publishes on Thursday 2018-12-27.
        EventMention m = only("Iranian officials met Taliban envoys in Tehran on Wednesday.");
        assertEquals(LocalDate.of(2018, 12, 26), m.getDate());
        EventMention dated = only("The United States accused China of cyber espionage on Dec. 28.");
        assertEquals("Dec. 28", dated.getTime());
        assertEquals(LocalDate.of(2017, 12, 28), dated.getDate());
    }

    @Test
    void pastEventsAreKeptWithTheirDate() {
        EventMention m = only("The European Union imposed sanctions on Belarus two months ago.");
        assertEquals("two months ago", m.getTime());
        assertEquals(LocalDate.of(2018, 10, 27), m.getDate());
        EventMention vague = only("Earlier this year, Russian troops attacked Ukrainian positions.");
        assertEquals("Earlier this year", vague.getTime());
        assertNull(vague.getDate());
    }

    @Test
    void fetchTimeStandsInForAMissingPublicationDate() {
        RawArticle raw = TestArticles.text("Israeli warplanes attacked Hamas positions in Gaza yesterday.");
        raw.setPublishedAt(null);
        raw.setFetchedAt(Instant.parse("2021-05-11T03:00:00Z"));
        List<EventMention> events = TestArticles.analyzer().analyze(raw).getEventMentions();
        assertEquals(1, events.size(), events.toString());
        assertEquals(LocalDate.of(2021, 5, 10), events.get(0).getDate());
    }

    @Test
    void timeOfTheNextListItemIsNotThisOnesTime() {
        List<EventMention> events = events("Despite Hamas's attacks including killings of Americans and, just "
                + "two months ago, an attack on Israeli soldiers, the talks went on.");
        EventMention killings = events.stream().filter(m -> m.getTrigger().equals("killings")).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertNull(killings.getTime());
        EventMention attack = events.stream().filter(m -> m.getTrigger().equals("attack")).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("two months ago", attack.getTime());
    }

    @Test
    void categoriesBeyondTheFirstTwelve() {
        EventMention reject = only("Pakistan rejected India's proposal for talks on Monday.");
        assertEquals("REJECT", reject.getAction());
        assertEquals(List.of("Pakistan"), reject.getActors());
        assertEquals(List.of("India"), reject.getTargets());
        EventMention release = only("Venezuela released five American prisoners on Saturday.");
        assertEquals("YIELD", release.getAction());
        assertEquals(List.of("United States"), release.getTargets());
        EventMention clash = only("Armed forces of Ethiopia clashed with Eritrean troops near the border.");
        assertEquals("ASSAULT", clash.getAction());
        assertEquals(List.of("Eritrea"), clash.getTargets());
    }

    @Test
    void mediatorIsNotAPartyToTheTalks() {
        EventMention talks = only("Egypt mediated talks between Israel and Hamas in Cairo on Sunday.");
        assertEquals(List.of("Israel"), talks.getActors());
        assertEquals(List.of("Hamas"), talks.getTargets());
        assertEquals("Cairo", talks.getPlace());
    }
}
