package io.mediamon.extractor.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gazetteer (places.tsv) loads, knows places by their romanizations, and stays a modest size. */
class GazetteerTest {

    private final Gazetteer places = Vocabulary.get().places;

    @Test
    void romanizationsOfOneNameShareAKey() {
        for (List<String> spellings : List.of(
                List.of("Khan Yunis", "Khan Younis", "Khan-Yunis"),
                List.of("Al Hasakah", "al-Hasaka", "Al-Hasakah"),
                List.of("Kandahar", "Qandahar"),
                List.of("Sar-e Pol", "Sar-i Pol"))) {
            String key = Gazetteer.key(Gazetteer.words(spellings.get(0)), 0);
            for (String spelling : spellings) {
                assertEquals(key, Gazetteer.key(Gazetteer.words(spelling), 0), spelling);
                assertTrue(places.kindOf(spelling) != null, spelling + " is listed");
            }
        }
    }

    @Test
    void aNameWithAnArticleIsAlsoKnownWithout() {
        assertEquals(places.kindOf("Al Hasakah"), places.kindOf("Hasakah"));
    }

    @Test
    void kindsRankCountriesOverProvincesOverTowns() {
        assertEquals(Gazetteer.Kind.COUNTRY, places.kindOf("Bosnia and Herzegovina"));
        assertEquals(Gazetteer.Kind.DIVISION, places.kindOf("Helmand"));
        assertEquals(Gazetteer.Kind.POPULATED_PLACE, places.kindOf("Lashkar Gah"));
    }

    @Test
    void monthsAndFunctionWordsAreNoPlaces() {
        assertNull(places.kindOf("March"));
        assertNull(places.kindOf("The"));
    }

    @Test
    void theListStaysSmall() {
        int size = places.size();
        assertTrue(size > 50_000 && size < 150_000, size + " keys");
    }
}
