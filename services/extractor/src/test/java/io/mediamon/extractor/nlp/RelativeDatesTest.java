package io.mediamon.extractor.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RelativeDatesTest {

    /** A Thursday. */
    private static final LocalDate ARTICLE = LocalDate.of(2018, 12, 27);

    private static LocalDate resolve(String expression) {
        return RelativeDates.resolve(expression, ARTICLE);
    }

    @Test
    void datesWithAndWithoutYear() {
        assertEquals(LocalDate.of(2017, 1, 17), resolve("Jan. 17, 2017"));
        assertEquals(LocalDate.of(2018, 12, 17), resolve("17 December 2018"));
        assertEquals(LocalDate.of(2018, 12, 17), resolve("Dec. 17"));
        assertEquals(LocalDate.of(2018, 12, 27), resolve("December 27th"));
        // After the article: last year's.
        assertEquals(LocalDate.of(2017, 12, 28), resolve("Dec. 28"));
        assertEquals(LocalDate.of(2018, 3, 5), resolve("March 5"));
        assertEquals(LocalDate.of(2018, 9, 1), resolve("Sept.  1"));
        assertNull(resolve("Feb. 30"));
    }

    @Test
    void weekdaysAreTheLatestOnOrBeforeTheArticle() {
        assertEquals(LocalDate.of(2018, 12, 26), resolve("Wednesday"));
        assertEquals(LocalDate.of(2018, 12, 27), resolve("Thursday"));
        assertEquals(LocalDate.of(2018, 12, 21), resolve("Friday night"));
    }

    @Test
    void relativeToTheArticle() {
        assertEquals(LocalDate.of(2018, 12, 26), resolve("yesterday"));
        assertEquals(LocalDate.of(2018, 12, 26), resolve("last night"));
        assertEquals(ARTICLE, resolve("today"));
        assertEquals(ARTICLE, resolve("this morning"));
        assertEquals(LocalDate.of(2018, 12, 28), resolve("tomorrow"));
        assertEquals(LocalDate.of(2018, 10, 27), resolve("two months ago"));
        assertEquals(LocalDate.of(2018, 12, 24), resolve("3 days ago"));
        assertEquals(LocalDate.of(2018, 12, 20), resolve("a week ago"));
        assertEquals(LocalDate.of(2018, 12, 20), resolve("last week"));
        assertEquals(LocalDate.of(2018, 11, 27), resolve("last month"));
        assertEquals(LocalDate.of(2017, 12, 27), resolve("last year"));
        assertEquals(LocalDate.of(2019, 1, 3), resolve("next week"));
    }

    @Test
    void expressionsThatNameNoDay() {
        for (String vague : new String[]{"January", "2017", "Earlier this year", "a few days ago", "several weeks ago",
                "days after the Abu Dhabi meeting", "two years earlier", "January 2017", "this week", "late last year"}) {
            assertNull(resolve(vague), vague);
        }
        assertNull(RelativeDates.resolve("Wednesday", null));
    }
}
