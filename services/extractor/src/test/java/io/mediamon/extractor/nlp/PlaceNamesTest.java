package io.mediamon.extractor.nlp;

import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places stay places (PlaceNames, PlaceShape, PlaceList, the gazetteer) and people stay people, on sentences written
 * for these tests with real CoreNLP underneath. The town names are real ones or made up in the shapes they test.
 */
class PlaceNamesTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(TestArticles.tagger());

    private List<Entity> entities(String text) {
        return recognizer.recognize(text, null).entities();
    }

    private static Optional<Entity> find(List<Entity> entities, String canonical) {
        return entities.stream().filter(e -> e.getCanonical().equals(canonical)).findFirst();
    }

    private static void assertType(EntityType type, List<Entity> entities, String... names) {
        for (String name : names) {
            Entity e = find(entities, name).orElseThrow(() -> new AssertionError("no entity " + name + " in "
                    + entities.stream().map(x -> x.getType() + " " + x.getCanonical()).toList()));
            assertEquals(type, e.getType(), name + ": " + e.getMentions().stream().map(Mention::getText).toList());
        }
    }

    @Test
    void anArabicArticleOrTopographicWordStartsAPlaceNotAPerson() {
        List<Entity> es = entities("Near Ash Shaddadi, militants ambushed a convoy on Monday. Shelling also hit "
                + "Kafr Dunya and Deir Mulham, and troops dug in on Jabal Tarwin above Wadi Sahm.");
        assertType(EntityType.LOCATION, es, "Ash Shaddadi", "Kafr Dunya", "Deir Mulham", "Jabal Tarwin",
                "Wadi Sahm");
    }

    @Test
    void aSunLetterArticleJoinedByAHyphenIsAPlace() {
        List<Entity> es = entities("The convoy left as-Sukhnah at dawn and reached ar-Rutbah by night.");
        assertType(EntityType.LOCATION, es, "as-Sukhnah", "ar-Rutbah");
    }

    @Test
    void aPersianConnectorMakesAPlaceInPlaceWords() {
        List<Entity> es = entities("Elders in Tang-i-Sorkh and Qala-e Bala met the governor.");
        assertType(EntityType.LOCATION, es, "Tang-i-Sorkh", "Qala-e Bala");
        List<Entity> group = entities("The fighters of Jaish-e-Salam said they would disarm.");
        find(group, "Jaish-e-Salam").ifPresent(e -> assertTrue(e.getType() != EntityType.LOCATION,
                "groups are named with the connector too"));
    }

    @Test
    void aListedTownInPlaceWordsIsAPlaceWhateverCoreNlpSaid() {
        List<Entity> es = entities("Fighting spread to villages outside Lashkar Gah, and police in Khan Yunis "
                + "said two men were arrested north of Bandar Abbas.");
        assertType(EntityType.LOCATION, es, "Lashkar Gah", "Khan Yunis", "Bandar Abbas");
    }

    @Test
    void placeEndingsCountInPlaceWords() {
        List<Entity> es = entities("Residents fled from shelling in Zelenivka and near Borovsk to Novi Grad, "
                + "officials in Karimabad said.");
        assertType(EntityType.LOCATION, es, "Zelenivka", "Borovsk", "Karimabad");
    }

    @Test
    void peopleNamedLikePlacesStayPeople() {
        List<Entity> es = entities("Al Gore met Florence Okoro and Victoria Lanning in Paris. President Jackson "
                + "praised Mr. Washington, and the trust placed in Jackson's team. Defense chief Ash Moreland agreed.");
        assertType(EntityType.PERSON, es, "Al Gore", "Florence Okoro", "Victoria Lanning", "Ash Moreland");
        find(es, "Jackson").ifPresent(e -> assertEquals(EntityType.PERSON, e.getType()));
        find(es, "Washington").ifPresent(e -> assertEquals(EntityType.PERSON, e.getType()));
        assertType(EntityType.LOCATION, es, "Paris");
    }

    @Test
    void aPlaceNamedLikeAPersonIsNoSurname() {
        List<Entity> es = entities("A portrait of George Washington hangs in the hall. Ann Reddy met officials in "
                + "Washington on Monday.");
        assertType(EntityType.PERSON, es, "George Washington");
        assertType(EntityType.LOCATION, es, "Washington");
    }

    @Test
    void aListOfCountriesIsFoundWhole() {
        List<Entity> es = entities("The statement was signed by Denmark, Bahrain, Jordan, Georgia and Chad.");
        assertType(EntityType.LOCATION, es, "Denmark", "Bahrain", "Jordan", "Georgia", "Chad");
        List<Entity> caps = entities("NORWAY, QATAR, PANAMA AND NEW ZEALAND SIGNED THE STATEMENT.");
        for (String country : List.of("NORWAY", "QATAR", "PANAMA", "NEW ZEALAND")) {
            assertTrue(caps.stream().anyMatch(e -> e.getType() == EntityType.LOCATION
                    && e.getMentions().stream().anyMatch(m -> m.getText().equals(country))), country + " in "
                    + caps.stream().map(x -> x.getType() + " " + x.getCanonical()).toList());
        }
    }

    @Test
    void aListWrittenOneMemberALineIsOnePlaceALine() {
        List<Entity> es = entities("The partners are:\nAlbania\nMorocco\nBelgium\nPanama\nGeorgia");
        assertType(EntityType.LOCATION, es, "Albania", "Morocco", "Belgium", "Panama", "Georgia");
        assertTrue(es.stream().noneMatch(e -> e.getCanonical().contains("\n")), es.toString());
    }

    @Test
    void aCountryJoinedByAHyphenIsAModifier() {
        List<Entity> es = entities("Officials discussed the Peru-Chile border on Friday.");
        assertTrue(es.stream().noneMatch(e -> e.getCanonical().equals("Peru -")), es.toString());
    }
}
