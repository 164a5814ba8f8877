package io.mediamon.extractor.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeExpressionsTest {

    private static List<String> times(String text) {
        return TimeExpressions.find(text, 0, text.length()).stream().map(TimeExpressions.Span::text).toList();
    }

    @Test
    void datesAsWritten() {
        assertEquals(List.of("Dec. 17"), times("Mujahid said Dec. 17 that the group met officials."));
        assertEquals(List.of("Jan. 17, 2017"), times("They met in Tehran on Jan. 17, 2017."));
        assertEquals(List.of("17 December 2018"), times("The talks ended on 17 December 2018 in Doha."));
        assertEquals(List.of("January"), times("Despite January's hotel siege, talks went on."));
        assertEquals(List.of("2017"), times("The deal was signed in 2017 by both sides."));
    }

    @Test
    void weekdaysAndRelativeExpressions() {
        assertEquals(List.of("Wednesday"), times("Fars reported Wednesday that he warned of ISIS."));
        assertEquals(List.of("two months ago"), times("Just two months ago, an attack took place."));
        assertEquals(List.of("Earlier this year"), times("Earlier this year, Khamenei claimed the opposite."));
        assertEquals(List.of("days after the Abu Dhabi meeting"),
                times("But just days after the Abu Dhabi meeting, the Taliban sat down with officials."));
        assertEquals(List.of("last week"), times("Police arrested three suspects last week."));
    }

    @Test
    void modalMayIsNotAMonth() {
        assertEquals(List.of(), times("The envoy may meet the Taliban."));
        assertEquals(List.of("May 5"), times("The envoy met the Taliban on May 5."));
    }

    @Test
    void caseInsensitiveExpressionsAreFoundInAnyCaseDespiteTheCueCheck() {
        assertEquals(List.of("TWO WEEKS AGO"), times("THE TALKS COLLAPSED TWO WEEKS AGO."));
        assertEquals(List.of("Today"), times("Today the envoy flies to Doha."));
        assertEquals(List.of("Late Spring"), times("The vote is planned for Late Spring."));
    }

    @Test
    void sentencesWithoutAnyCueWordHaveNoTimes() {
        assertEquals(List.of(), times("The minister met the envoy and both sides agreed on a ceasefire."));
        assertEquals(List.of(), times("Daylight robbery, said the mayor of the 21st district."));
    }

    @Test
    void spansAreOffsetsInTheWholeText() {
        String text = "Intro sentence. They met on Monday.";
        int from = text.indexOf("They");
        List<TimeExpressions.Span> spans = TimeExpressions.find(text, from, text.length());
        assertEquals(1, spans.size());
        assertEquals("Monday", text.substring(spans.get(0).begin(), spans.get(0).end()));
    }
}
