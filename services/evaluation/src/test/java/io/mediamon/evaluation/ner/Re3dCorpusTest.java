package io.mediamon.evaluation.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.mediamon.schema.EntityType.LOCATION;
import static io.mediamon.schema.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading re3d annotations: JSON lines with a byte order mark, nesting, unscored types, bad offsets. */
class Re3dCorpusTest {

    //                                   0         1         2         3         4         5         6         7
    //                                   0123456789012345678901234567890123456789012345678901234567890123456789012
    private static final String TEXT_1 = "The Republic of Veldoria thanked President Ana Lima and Iranian envoys.";
    private static final String TEXT_2 = "Herat paid $5 million.";

    @TempDir
    Path dir;

    private void write(String entities) throws IOException {
        Files.writeString(dir.resolve("documents.json"), "\uFEFF"
                + "{ \"_id\" : \"D1\", \"title\" : \"t\", \"text\" : \"" + TEXT_1 + "\" }\n"
                + "{ \"_id\" : \"D2\", \"text\" : \"" + TEXT_2 + "\" }\n");
        Files.writeString(dir.resolve("entities.json"), "\uFEFF" + entities);
    }

    private static String entity(String doc, int begin, int end, String type, String value) {
        return "{ \"_id\" : \"" + doc + begin + type + "\", \"begin\" : " + begin + ", \"end\" : " + end
                + ", \"type\" : \"" + type + "\", \"value\" : \"" + value + "\", \"documentId\" : \"" + doc
                + "\", \"confidence\" : 1 }\n";
    }

    private static final String ENTITIES = entity("D1", 0, 24, "Organisation", "The Republic of Veldoria")
            + entity("D1", 16, 24, "Location", "Veldoria")
            + entity("D1", 33, 51, "Person", "President Ana Lima")
            + entity("D1", 56, 63, "Nationality", "Iranian")
            + "\n"
            + entity("D2", 0, 5, "Location", "Herat")
            + entity("D2", 11, 21, "Money", "$5 million");

    private static List<String> goldTexts(EvalDocument doc) {
        return doc.gold().stream().map(s -> doc.text().substring(s.begin(), s.end()) + "/" + s.type()).toList();
    }

    @Test
    void readsNestedAnnotationsAndSkipsUnscoredTypes() throws IOException {
        write(ENTITIES);
        assertTrue(Re3dCorpus.isCorpus(dir));
        Dataset data = Re3dCorpus.read(dir, 0, GoldTitles.STRIP);
        assertEquals(2, data.documents().size());
        assertEquals(List.of("The Republic of Veldoria/ORGANIZATION", "Veldoria/LOCATION", "Ana Lima/PERSON",
                "Iranian/NORP"), goldTexts(data.documents().get(0)));
        assertEquals(List.of("Herat/LOCATION"), goldTexts(data.documents().get(1)));
        assertEquals("2 documents, " + (TEXT_1.length() + TEXT_2.length()) + " characters", data.description());
    }

    @Test
    void nestedGoldSpansAreScoredEachOnTheirOwn() throws IOException {
        write(ENTITIES);
        EvalDocument doc = Re3dCorpus.read(dir, 0, GoldTitles.KEEP).documents().get(0);
        assertTrue(goldTexts(doc).contains("President Ana Lima/PERSON"));
        Scoreboard board = new Scoreboard();
        board.add(doc, List.of(new Span(16, 24, LOCATION)), e -> { });
        assertEquals(1.0, board.tally(LOCATION).strictRecall());
        assertEquals(0.0, board.tally(ORGANIZATION).strictRecall());
        assertEquals(0.0, board.tally(ORGANIZATION).lenientRecall(), "overlap alone does not cross types");
    }

    @Test
    void limitsTheDocuments() throws IOException {
        write(ENTITIES);
        assertEquals(1, Re3dCorpus.read(dir, 1, GoldTitles.STRIP).documents().size());
    }

    @Test
    void offsetsThatDoNotMatchTheTextAreAnError() throws IOException {
        write(entity("D1", 1, 24, "Organisation", "The Republic of Veldoria"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Re3dCorpus.read(dir, 0, GoldTitles.STRIP));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        write(entity("D9", 0, 5, "Location", "Herat"));
        assertThrows(IllegalArgumentException.class, () -> Re3dCorpus.read(dir, 0, GoldTitles.STRIP));
    }

    @Test
    void aDirectoryWithoutBothFilesIsNoCorpus() throws IOException {
        Files.writeString(dir.resolve("documents.json"), "{}");
        assertFalse(Re3dCorpus.isCorpus(dir));
    }
}
