package io.mediamon.evaluation.ner;

import io.mediamon.schema.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.mediamon.schema.EntityType.LOCATION;
import static io.mediamon.schema.EntityType.MISC;
import static io.mediamon.schema.EntityType.NORP;
import static io.mediamon.schema.EntityType.ORGANIZATION;
import static io.mediamon.schema.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strict and lenient precision, recall and F1 on spans worked out by hand. */
class ScoreboardTest {

    private static final double EPS = 1e-9;

    //                                       0         1         2         3         4
    //                                       01234567890123456789012345678901234567890
    private static final String TEXT = "Jane Doe met Acme Corp in Paris and Rome.";
    private static final Span DOE = new Span(0, 8, PERSON);
    private static final Span ACME_CORP = new Span(13, 22, ORGANIZATION);
    private static final Span PARIS = new Span(26, 31, LOCATION);
    private static final Span ROME = new Span(36, 40, LOCATION);

    private final EvalDocument doc = EvalDocument.ofCharacters("d1", TEXT, List.of(DOE, ACME_CORP, PARIS, ROME));
    private final List<Scoreboard.Error> errors = new ArrayList<>();

    @Test
    void exactMatchesPartialSpansAndFalseAlarms() {
        Scoreboard board = new Scoreboard();
        board.add(doc, List.of(
                DOE,                                  // right
                new Span(13, 17, ORGANIZATION),       // "Acme": overlaps, not exact
                new Span(26, 40, LOCATION),           // "Paris and Rome": one span over two names
                new Span(23, 25, PERSON),             // "in": a false alarm
                new Span(32, 35, MISC)),              // not scored: neither right nor wrong
                errors::add);

        Tally person = board.tally(PERSON);
        assertEquals(1, person.gold());
        assertEquals(2, person.predicted());
        assertEquals(0.5, person.strictPrecision(), EPS);
        assertEquals(1.0, person.strictRecall(), EPS);
        assertEquals(2 / 3.0, person.strictF1(), EPS);

        Tally org = board.tally(ORGANIZATION);
        assertEquals(0.0, org.strictF1(), EPS);
        assertEquals(1.0, org.lenientPrecision(), EPS);
        assertEquals(1.0, org.lenientRecall(), EPS);

        Tally location = board.tally(LOCATION);
        assertEquals(0, location.strictCorrect());
        assertEquals(1.0, location.lenientPrecision(), EPS, "the one prediction overlaps a location");
        assertEquals(1.0, location.lenientRecall(), EPS, "both locations are overlapped");

        Tally all = board.all();
        assertEquals(4, all.gold());
        assertEquals(4, all.predicted());
        assertEquals(0.25, all.strictPrecision(), EPS);
        assertEquals(0.25, all.strictRecall(), EPS);
        assertEquals(0.25, all.strictF1(), EPS);
        assertEquals(0.75, all.lenientPrecision(), EPS);
        assertEquals(1.0, all.lenientRecall(), EPS);
        assertEquals(2 * 0.75 / 1.75, all.lenientF1(), EPS);

        assertEquals(0, board.tally(NORP).gold());
        assertEquals(0.0, board.tally(NORP).strictF1(), EPS, "no gold, no predictions: 0, not NaN");

        // Misses: Acme Corp, Paris, Rome; false alarms: Acme, Paris and Rome, "in".
        assertEquals(3, errors.stream().filter(Scoreboard.Error::miss).count());
        assertEquals(3, errors.stream().filter(e -> !e.miss()).count());
        Scoreboard.Error falseAlarm = errors.stream().filter(e -> e.text().equals("in")).findFirst().orElseThrow();
        assertEquals(PERSON, falseAlarm.type());
        assertEquals(23, falseAlarm.offset());
        assertTrue(falseAlarm.context().contains("Acme Corp in Paris"), falseAlarm.context());
    }

    @Test
    void aWrongTypeIsAMissAndAFalseAlarmWithTheOtherTypeNoted() {
        Scoreboard board = new Scoreboard();
        board.add(doc, List.of(new Span(0, 8, ORGANIZATION)), errors::add);
        assertEquals(0, board.all().strictCorrect());
        assertEquals(0.0, board.tally(PERSON).lenientRecall(), EPS, "lenient matching still needs the type");
        Scoreboard.Error miss = errors.stream().filter(e -> e.miss() && e.type() == PERSON).findFirst().orElseThrow();
        assertEquals("ORGANIZATION", miss.otherType());
        Scoreboard.Error other = errors.stream().filter(e -> e.miss() && e.type() == LOCATION).findFirst()
                .orElseThrow();
        assertNull(other.otherType());
    }

    @Test
    void duplicatesCountOnceAndDocumentsAddUp() {
        Scoreboard board = new Scoreboard();
        board.add(doc, List.of(DOE, DOE, PARIS), errors::add);
        board.add(EvalDocument.ofCharacters("d2", "Rome", List.of(new Span(0, 4, LOCATION))),
                List.of(new Span(0, 4, LOCATION)), errors::add);
        Tally all = board.all();
        assertEquals(5, all.gold());
        assertEquals(3, all.predicted());
        assertEquals(3, all.strictCorrect());
        assertEquals(1.0, all.strictPrecision(), EPS);
        assertEquals(0.6, all.strictRecall(), EPS);
        assertEquals(0.75, all.strictF1(), EPS);
    }

    @Test
    void tokenDocumentsCompareTheTokensASpanCovers() {
        // Tokens: "Mr." [0,3) "Doe" [4,7) "left" [8,12) "." [13,14)
        EvalDocument tokens = EvalDocument.ofTokens("t", "Mr. Doe left .", List.of(new Span(4, 7, PERSON)),
                new int[]{0, 4, 8, 13}, new int[]{3, 7, 12, 14});
        assertEquals(List.of(new Span(1, 2, PERSON)), tokens.comparable(List.of(new Span(5, 6, PERSON))),
                "part of a token stands for the token");
        assertEquals(List.of(new Span(0, 3, PERSON)), tokens.comparable(List.of(new Span(0, 10, PERSON))));
        Scoreboard board = new Scoreboard();
        board.add(tokens, List.of(new Span(4, 6, PERSON)), errors::add);
        assertEquals(1, board.tally(PERSON).strictCorrect());
        assertTrue(errors.isEmpty(), errors.toString());
        assertFalse(tokens.gold().isEmpty());
    }

    @Test
    void onlyTheFourEntityTypesAreScored() {
        assertEquals(List.of(PERSON, ORGANIZATION, LOCATION, NORP), TypeMapping.SCORED);
        assertNull(TypeMapping.mediamon(MISC));
        assertEquals(EntityType.NORP, TypeMapping.mediamon(NORP));
    }
}
