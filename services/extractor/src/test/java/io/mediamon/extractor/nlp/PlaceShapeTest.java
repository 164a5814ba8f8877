package io.mediamon.extractor.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The shapes of romanized place names, on token lists built here (no CoreNLP): invented and real towns. */
class PlaceShapeTest {

    /** Tokens split at spaces; "-" written with no space around it joins its neighbours as the tokenizer splits. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String piece : text.split(" ")) {
            String[] parts = piece.split("(?=-)|(?<=-)");
            for (String part : parts) {
                tokens.add(new Token(tokens.size(), part, offset, offset + part.length(), Token.OUTSIDE));
                offset += part.length();
            }
            offset++;
        }
        return new Sentence(0, 0, offset, tokens);
    }

    private static PlaceShape.Shape shape(String text, int i) {
        return PlaceShape.at(sentence(text), i);
    }

    @Test
    void anArabicTopographicWordMakesAStrongShapeOverTheNameAfterIt() {
        assertEquals(new PlaceShape.Shape(1, 3, PlaceShape.Strength.STRONG), shape("near Jabal Marwan today", 1));
        assertEquals(new PlaceShape.Shape(0, 3, PlaceShape.Strength.STRONG), shape("Wadi al Sahm", 0));
        assertEquals(new PlaceShape.Shape(0, 4, PlaceShape.Strength.STRONG), shape("Kafr al-Dunya", 0));
    }

    @Test
    void anAssimilatedArticleMakesAStrongShape() {
        assertEquals(PlaceShape.Strength.STRONG, shape("left ar-Rutbah", 1).strength());
        assertEquals(new PlaceShape.Shape(1, 3, PlaceShape.Strength.STRONG), shape("in Az Zubayr", 1));
    }

    @Test
    void wordsThatStartPeoplesNamesTooAreWeak() {
        for (String name : List.of("Khan Dalil", "Al Marwan", "Ash Moreland", "Novi Brod", "Tall Grass", "As Suwan")) {
            assertEquals(PlaceShape.Strength.WEAK, shape(name, 0).strength(), name);
        }
    }

    @Test
    void persianConnectorsAndPlaceEndingsAreWeak() {
        assertEquals(new PlaceShape.Shape(0, 5, PlaceShape.Strength.WEAK), shape("Tang-i-Sorkh", 0));
        assertEquals(new PlaceShape.Shape(0, 4, PlaceShape.Strength.WEAK), shape("Qala-e Bala", 0));
        for (String town : List.of("Karimabad", "Zelenograd", "Borovsk", "Nurestan", "Petrovo")) {
            assertEquals(PlaceShape.Strength.WEAK, shape(town, 0).strength(), town);
        }
    }

    @Test
    void ordinaryWordsAndNamesHaveNoShape() {
        for (String text : List.of("Musk", "Tusk", "the valley", "John Smith", "Desk", "Pacino", "As A")) {
            assertNull(shape(text, 0), text);
        }
    }
}
