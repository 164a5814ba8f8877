package io.mediamon.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void oneWordIsOnePieceInLowerCaseWithoutItsFinalPeriod() {
        assertEquals(List.of("gen"), PhraseMatcher.pieces("Gen."));
        assertEquals(List.of("u.s"), PhraseMatcher.pieces("U.S."));
        assertEquals(List.of("'s"), PhraseMatcher.pieces("’s"));
        assertEquals(List.of("."), PhraseMatcher.pieces("."));
        assertEquals(List.of(), PhraseMatcher.pieces(""));
    }

    @Test
    void whiteSpaceAndHyphensSeparatePieces() {
        assertEquals(List.of("cease", "fire"), PhraseMatcher.pieces("Cease-Fire"));
        assertEquals(List.of("new", "york"), PhraseMatcher.pieces("New  York"));
        assertEquals(List.of("lt", "gen"), PhraseMatcher.pieces("Lt. Gen."));
        assertEquals(List.of(), PhraseMatcher.pieces("-"));
    }
}
