package io.mediamon.extractor.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The action categories of triggers.tsv are exactly the ones docs/event-taxonomy.md documents. */
class EventTaxonomyTest {

    private static final Path DOC = Path.of("docs", "event-taxonomy.md");

    @Test
    void everyTriggerCategoryIsDocumentedAndEveryDocumentedCategoryIsUsed() throws IOException {
        Set<String> documented = new LinkedHashSet<>();
        for (String line : Files.readAllLines(findDoc())) {
            if (line.startsWith("## ")) {
                break; // the categories' table comes first; later sections (kinds of happening) are the stories'
            }
            // Table rows: "| CATEGORY | CAMEO | PLOVER | ... |"
            if (line.startsWith("| ") && !line.startsWith("| category") && !line.startsWith("| ---")) {
                documented.add(line.substring(2, line.indexOf(" |", 2)).strip());
            }
        }
        assertTrue(documented.remove("STATEMENT"), "STATEMENT must be documented as not emitted");
        Set<String> used = new TreeSet<>();
        ResourceFile.rows("triggers.tsv").forEach(row -> used.add(row[1]));
        assertFalse(used.contains("STATEMENT"));
        assertEquals(new TreeSet<>(documented), used);
    }

    private static Path findDoc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DOC))) {
                return dir.resolve(DOC);
            }
        }
        throw new IllegalStateException(DOC + " not found above " + Path.of("").toAbsolutePath());
    }
}
