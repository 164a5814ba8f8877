package io.mediamon.evaluation.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.mediamon.schema.EntityType.LOCATION;
import static io.mediamon.schema.EntityType.NORP;
import static io.mediamon.schema.EntityType.ORGANIZATION;
import static io.mediamon.schema.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading CoNLL annotations: text rebuilt from tokens, BIO spans, the gpe rule, titles, grouping and limits. */
class ConllCorpusTest {

    private static final String SNIPPET = String.join("\n",
            "\uFEFFMr.\tB-per", "Tomas\tI-per", "Ruiz\tI-per", "visited\tO", "Herat\tB-geo", "on\tO", "Monday\tB-tim",
            ".\tO",
            "",
            "Veldorian\tB-gpe", "envoys\tO", "and\tO", "Herat\tB-gpe", "welcomed\tO", "him\tO", ".\tO",
            "",
            "Prime\tB-per", "Minister\tI-per", "Ana\tI-per", "Lima\tI-per", "thanked\tO", "the\tO", "Coastal\tI-org",
            "Union\tI-org", ".\tO",
            "",
            "Mr.\tB-per", "Lima\tB-per", "left\tO", ".\tO",
            "");

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("snippet.conll");
        Files.writeString(file, content);
        return file;
    }

    private static List<String> goldTexts(EvalDocument doc) {
        return doc.gold().stream().map(s -> doc.text().substring(s.begin(), s.end()) + "/" + s.type()).toList();
    }

    @Test
    void rebuildsTextAndSpansWithTitlesStripped() throws IOException {
        Dataset data = ConllCorpus.read(write(SNIPPET), 2, 0, GoldTitles.STRIP);
        assertEquals(2, data.documents().size());
        EvalDocument first = data.documents().get(0);
        assertEquals("Mr. Tomas Ruiz visited Herat on Monday .\n\nVeldorian envoys and Herat welcomed him .",
                first.text());
        assertEquals(List.of("Tomas Ruiz/PERSON", "Herat/LOCATION", "Veldorian/NORP", "Herat/LOCATION"),
                goldTexts(first), "tim is not scored; a gpe annotated geo elsewhere is a place");
        assertEquals(15, first.tokenCount());
        EvalDocument second = data.documents().get(1);
        // An I- tag after O starts a span; "Mr." alone names no one once titles are stripped.
        assertEquals(List.of("Ana Lima/PERSON", "Coastal Union/ORGANIZATION", "Lima/PERSON"), goldTexts(second));
        assertTrue(data.description().startsWith("4 sentences in 2 documents"), data.description());
    }

    @Test
    void keepsTitlesWhenAsked() throws IOException {
        Dataset data = ConllCorpus.read(write(SNIPPET), 10, 0, GoldTitles.KEEP);
        assertEquals(1, data.documents().size());
        List<String> gold = goldTexts(data.documents().get(0));
        assertTrue(gold.contains("Mr. Tomas Ruiz/PERSON") && gold.contains("Prime Minister Ana Lima/PERSON")
                && gold.contains("Mr./PERSON"), gold.toString());
    }

    @Test
    void scoresOnlyTheFirstSentencesWhenLimited() throws IOException {
        Dataset data = ConllCorpus.read(write(SNIPPET), 2, 3, GoldTitles.STRIP);
        assertEquals(2, data.documents().size());
        assertEquals("Prime Minister Ana Lima thanked the Coastal Union .", data.documents().get(1).text());
    }

    @Test
    void documentBoundariesStartANewDocument() throws IOException {
        String twoDocs = "-DOCSTART- -X- O O\n\nAna NNP B-NP B-PER\nleft VBD B-VP O\n\n"
                + "-DOCSTART- -X- O O\n\nHerat NNP B-NP B-LOC\n.\t. O O\n";
        Dataset data = ConllCorpus.read(write(twoDocs), 10, 0, GoldTitles.STRIP);
        assertEquals(2, data.documents().size(), "space-separated columns, the tag last");
        assertEquals(List.of("Ana/PERSON"), goldTexts(data.documents().get(0)));
        assertEquals(List.of("Herat/LOCATION"), goldTexts(data.documents().get(1)));
    }

    @Test
    void aLineWithoutATagIsAnError() throws IOException {
        Path file = write("Ana\tB-per\nleft\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConllCorpus.read(file, 10, 0, GoldTitles.STRIP));
        assertTrue(e.getMessage().contains("snippet.conll:2"), e.getMessage());
    }

    @Test
    void predictionsAreJudgedByTheTokensTheyCover() throws IOException {
        EvalDocument doc = ConllCorpus.read(write(SNIPPET), 2, 0, GoldTitles.STRIP).documents().get(0);
        int ruiz = doc.text().indexOf("Tomas Ruiz");
        Scoreboard board = new Scoreboard();
        board.add(doc, List.of(new Span(ruiz, ruiz + "Tomas Ruiz".length(), PERSON),
                new Span(doc.text().indexOf("Veldorian"), doc.text().indexOf("Veldorian") + 8, NORP)), e -> { });
        assertEquals(1, board.tally(PERSON).strictCorrect());
        assertEquals(1, board.tally(NORP).strictCorrect(), "a prediction ending inside the token covers it");
        assertEquals(0, board.tally(LOCATION).predicted());
        assertEquals(0, board.tally(ORGANIZATION).gold());
    }
}
