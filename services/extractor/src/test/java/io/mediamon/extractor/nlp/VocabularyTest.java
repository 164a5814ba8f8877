package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resource files load and say what the extractors rely on. */
class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.get();

    @Test
    void aliasesMapVariantsToOneCanonicalName() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("U.S.", "United States"), Map.entry("US", "United States"),
                Map.entry("United States", "United States"), Map.entry("America", "United States"),
                Map.entry("UN", "United Nations"), Map.entry("U.N.", "United Nations"),
                Map.entry("ISIS", "ISIS"), Map.entry("ISIL", "ISIS"), Map.entry("Islamic State", "ISIS"),
                Map.entry("Daesh", "ISIS"), Map.entry("al-Qaeda", "al-Qaeda"), Map.entry("al Qaeda", "al-Qaeda"),
                Map.entry("Al-Qaida", "al-Qaeda"));
        expected.forEach((alias, canonical) -> assertEquals(canonical, vocabulary.alias(alias).canonical(), alias));
        assertEquals(EntityType.ORGANIZATION, vocabulary.alias("al Qaeda").type());
        assertEquals(EntityType.ORGANIZATION, vocabulary.alias("Taliban").type(), "a group CoreNLP often tags MISC");
        assertEquals("Taliban", vocabulary.alias("Afghan Taliban").canonical());
        assertNull(vocabulary.alias("Kabul"), "a place with one name needs no alias");
    }

    @Test
    void demonymsNameTheirCountry() {
        Map<String, String> expected = Map.of("Afghan", "Afghanistan", "Iranian", "Iran", "Pakistani", "Pakistan",
                "Saudi", "Saudi Arabia", "Emirati", "United Arab Emirates", "American", "United States",
                "Syrian", "Syria", "Americans", "United States");
        expected.forEach((demonym, country) -> assertEquals(country, vocabulary.countryOfDemonym(demonym)));
        assertEquals("American", vocabulary.singularDemonym("Americans"));
        assertTrue(vocabulary.isCountry("Qatar") && !vocabulary.isCountry("Abu Dhabi"));
    }

    @Test
    void demonymCountriesUseTheCanonicalNames() {
        for (String[] row : ResourceFile.rows("demonyms.tsv")) {
            Vocabulary.Alias alias = vocabulary.alias(row[1]);
            if (alias != null) {
                assertEquals(row[1], alias.canonical(), "demonym country " + row[1] + " is not canonical");
            }
        }
    }

    @Test
    void entityResourceFilesDeclareTheirVersion() {
        Map<String, String> versions = EntityVocabulary.versions();
        assertEquals(EntityVocabulary.FILES, List.copyOf(versions.keySet()));
        versions.forEach((file, version) -> assertTrue(version.matches("\\d+"), file + ": " + version));
    }

    @Test
    void everyCountryHasItsNationalityAndPlacesNeedNoAlias() {
        for (String demonym : List.of("Norwegian", "Norwegians", "Chilean", "Kenyan", "Vietnamese", "Sri Lankan")) {
            assertTrue(vocabulary.countryOfDemonym(demonym) != null, demonym);
        }
        assertTrue(vocabulary.isKnownName("Norway") && vocabulary.isKnownName("UN")
                && !vocabulary.isKnownName("Northern Alliance"));
        assertEquals(EntityType.NORP, vocabulary.alias("Kurdish").type());
        assertNull(vocabulary.countryOfDemonym("Kurdish"), "a people of several countries");
    }

    @Test
    void resourceFilesHoldVocabularyNotSentences() {
        for (String file : List.of("titles.txt", "aliases.tsv", "demonyms.tsv", "cues.tsv", "triggers.tsv",
                "light-verbs.txt", "agent-nouns.txt", "anaphors.tsv", "place-nouns.txt")) {
            for (String[] row : ResourceFile.rows(file)) {
                for (String cell : row) {
                    assertTrue(cell.split("\\s+").length <= 7, file + ": " + String.join("\t", row));
                }
            }
        }
    }

    @Test
    void triggersNeverIncludeStatements() {
        for (String[] row : ResourceFile.rows("triggers.tsv")) {
            assertTrue(List.of("CONSULT", "NEGOTIATE", "AGREE", "REQUEST", "ACCUSE", "THREATEN", "ASSAULT",
                    "PROTEST", "SANCTION", "AID", "ARREST", "MOBILIZE", "REJECT", "YIELD").contains(row[1]), String.join("\t", row));
            assertTrue(row[2].matches("N|V|NV"), String.join("\t", row));
        }
    }
}
