package io.mediamon.extractor.nlp;

import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entity layer on texts written for these tests (real CoreNLP underneath). */
class EntityRecognizerTest {

    private final EntityRecognizer recognizer = new EntityRecognizer(TestArticles.tagger());

    private List<Entity> entities(String text) {
        return recognizer.recognize(text, null).entities();
    }

    private static Entity entity(List<Entity> entities, String canonical) {
        return find(entities, canonical)
                .orElseThrow(() -> new AssertionError("no entity " + canonical + " in " + entities));
    }

    private static Optional<Entity> find(List<Entity> entities, String canonical) {
        return entities.stream().filter(e -> e.getCanonical().equals(canonical)).findFirst();
    }

    private static List<String> texts(Entity e) {
        return e.getMentions().stream().map(Mention::getText).toList();
    }

    @Test
    void aliasesResolveToOneCanonicalName() {
        List<Entity> es = entities("Officials said Daesh and ISIL fighters, as the Islamic State group is also known,"
                + " fled. Al Qaida and al-Qaeda in Iraq were also blamed. The U.S. and the UN condemned the attack;"
                + " US envoys said America and the United States Congress would act.");
        Entity isis = entity(es, "ISIS");
        assertEquals(EntityType.ORGANIZATION, isis.getType());
        assertEquals(List.of("Daesh", "ISIL", "Islamic State"), texts(isis));
        Entity qaeda = entity(es, "al-Qaeda");
        assertEquals(EntityType.ORGANIZATION, qaeda.getType());
        assertEquals(2, qaeda.getMentions().size(), texts(qaeda).toString());
        Entity us = entity(es, "United States");
        assertEquals(EntityType.LOCATION, us.getType());
        assertTrue(texts(us).containsAll(List.of("U.S.", "US", "America")), texts(us).toString());
        assertEquals(EntityType.ORGANIZATION, entity(es, "United Nations").getType());
    }

    @Test
    void aHeadlineInTitleCaseNamesOnlyWhatItsTextWritesAsNames() {
        List<Entity> es = entities("Maria Santos Checks Into Lisbon Clinic After Crash\n\n"
                + "The actress Maria Santos was admitted to a clinic in Lisbon on Monday, her agent said. "
                + "Santos had been hurt in a car crash last week.");
        assertTrue(es.stream().noneMatch(e -> e.getCanonical().contains("Checks")
                || e.getCanonical().contains("Clinic")), es.toString());
        assertEquals(List.of("Maria Santos", "Maria Santos", "Santos"), texts(entity(es, "Maria Santos")));
        assertEquals("Maria Santos", entity(es, "Maria Santos").getText());
        assertEquals(2, entity(es, "Lisbon").getMentions().size(), es.toString());
    }

    @Test
    void aHeadlineInCapitalsTakesTheNamesFormFromTheText() {
        List<Entity> es = entities("SANTOS NAMED TO LEAD LISBON BALLET\n\n"
                + "Maria Santos will lead the ballet from June, officials in Lisbon said on Tuesday.");
        assertEquals(List.of("SANTOS", "Maria Santos"), texts(entity(es, "Maria Santos")), es.toString());
        assertEquals(List.of("LISBON", "Lisbon"), texts(entity(es, "Lisbon")), es.toString());
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aSentenceFullOfNamesIsNoHeadline() {
        List<Entity> es = entities("President Ana Ruiz met Prime Minister Li Wei in Lisbon on Monday.");
        assertTrue(find(es, "Ana Ruiz").isPresent() && find(es, "Li Wei").isPresent(), es.toString());
    }

    @Test
    void aTextAllInTitleCaseIsReadAsTheTaggerReadsIt() {
        List<Entity> es = entities("Maria Santos Returns To The Lisbon Stage");
        assertFalse(es.isEmpty(), "nothing to confirm the names against: they stay");
    }

    @Test
    void aNameHyphenatedToAParticipleIsAnAdjectiveNotAMention() {
        List<Entity> es = entities("Kremlin-backed fighters shelled a Danube-linked port while France-made drones"
                + " circled. Later, Portugal sent aid and Portuguese-speaking volunteers arrived in Jean-Pierre"
                + " Moreau's home town of Sainte-Marie.");
        for (String adjective : List.of("Kremlin", "Danube", "France", "Portuguese")) {
            find(es, adjective).ifPresent(e -> assertEquals(EntityType.MISC, e.getType(),
                    adjective + " is only written as part of an adjective: " + texts(e)));
        }
        assertEquals(EntityType.LOCATION, entity(es, "Portugal").getType());
        assertEquals(EntityType.PERSON, entity(es, "Jean-Pierre Moreau").getType());
    }

    @Test
    void anAcronymTheDocumentIntroducesJoinsItsLongForm() {
        List<Entity> es = entities("Officials from the Federation of Coastal Fishermen (FCF) met in Lisbon. "
                + "The FCF later said the talks had failed, and FCF members went home.");
        Entity federation = entity(es, "Federation of Coastal Fishermen");
        assertEquals(EntityType.ORGANIZATION, federation.getType());
        assertEquals(List.of("Federation of Coastal Fishermen", "FCF", "FCF", "FCF"), texts(federation));
        assertTrue(find(es, "FCF").isEmpty(), es.toString());
    }

    @Test
    void aSurnameJoinsTheFullNameAndTitlesBecomeRoles() {
        List<Entity> es = entities("Minister Jane Okafor of Nigeria met Gen. Tomas Ruiz on Monday. "
                + "Ruiz, a former ambassador, said the talks went well. Okafor agreed.");
        Entity okafor = entity(es, "Jane Okafor");
        assertEquals(EntityType.PERSON, okafor.getType());
        assertEquals(List.of("Jane Okafor", "Okafor"), texts(okafor));
        assertEquals(List.of("Minister"), okafor.getRoles());
        Entity ruiz = entity(es, "Tomas Ruiz");
        assertEquals("Tomas Ruiz", ruiz.getText(), "the title stays out of the name");
        assertEquals(List.of("Gen.", "ambassador"), ruiz.getRoles());
        assertTrue(find(es, "Ruiz").isEmpty() && find(es, "Okafor").isEmpty(), es.toString());
    }

    @Test
    void modifiersOfATitleAreNoRoles() {
        Entity harlan = entity(entities("Former president Lee Harlan, the acting chairman of the party, did not "
                + "attend."), "Lee Harlan");
        assertEquals(List.of("president", "chairman"), harlan.getRoles());
    }

    @Test
    void nationalitiesAreNorpLinkedToTheirCountry() {
        List<Entity> es = entities("Afghan and Emirati officials met Kurdish leaders and American diplomats. "
                + "The Afghans left early.");
        Entity afghan = entity(es, "Afghan");
        assertEquals(EntityType.NORP, afghan.getType());
        assertEquals("Afghanistan", afghan.getCountry());
        assertEquals(List.of("Afghan", "Afghans"), texts(afghan));
        assertEquals("United Arab Emirates", entity(es, "Emirati").getCountry());
        assertEquals(EntityType.NORP, entity(es, "Emirati").getType(), "CoreNLP calls it a person");
        assertEquals("United States", entity(es, "American").getCountry());
        Entity kurds = entity(es, "Kurds");
        assertEquals(EntityType.NORP, kurds.getType());
        assertNull(kurds.getCountry(), "a people with no one country");
    }

    @Test
    void countriesAndNamesInPlaceWordsAreLocations() {
        assertEquals(EntityType.LOCATION, entity(entities("Chad said its troops would stay. Chad has sent 500 "
                + "soldiers."), "Chad").getType());
        Entity town = entity(entities("Protesters gathered in the town of Marvane on Sunday. Marvane has been calm "
                + "since."), "Marvane");
        assertEquals(EntityType.LOCATION, town.getType());
        assertEquals(2, town.getMentions().size());
    }

    @Test
    void aCapitalTheInsideASentenceBelongsToTheName() {
        Entity hague = entity(entities("Delegates met in The Hague on Tuesday. The Hague court will rule next week."),
                "The Hague");
        assertEquals(List.of("The Hague", "Hague"), texts(hague));
    }

    @Test
    void aNameIsSplitAtAPossessiveOnlyAfterAKnownName() {
        List<Entity> es = entities("The Northern People's Alliance said on Monday that Iran's Guardian Council had "
                + "rejected the plan.");
        assertEquals(EntityType.ORGANIZATION, entity(es, "Northern People's Alliance").getType());
        assertEquals(EntityType.LOCATION, entity(es, "Iran").getType());
        assertEquals(EntityType.ORGANIZATION, entity(es, "Guardian Council").getType());
    }

    @Test
    void pronounsAreNeverEntities() {
        assertEquals(List.of(), entities("He said she would go. They told him nothing, and it was over. We know."));
    }

    @Test
    void salienceWeighsTheHeadlineAndTheLead() {
        String text = "Officials in Lisbon met on Monday. The talks were long. Nothing was agreed.\n\n"
                + "Later, Porto sent a delegation. Porto and Braga both asked for more time.";
        List<Entity> es = recognizer.recognize(text, "Braga joins talks").entities();
        Entity lisbon = entity(es, "Lisbon");
        Entity porto = entity(es, "Porto");
        Entity braga = entity(es, "Braga");
        // Lisbon: 1 lead mention (2). Porto: 2 body mentions (2). Braga: 1 body mention + headline (1 + 3).
        assertEquals(1.0, braga.getSalience());
        assertEquals(0.5, lisbon.getSalience());
        assertEquals(0.5, porto.getSalience());
        assertEquals(text.indexOf("Porto"), porto.getFirstOffset());
        for (Entity e : es) {
            assertTrue(e.getSalience() > 0 && e.getSalience() <= 1, e.toString());
        }
    }

    @Test
    void coreNlpSpansAreKeptForComparison() {
        EntityRecognizer.Recognition r = recognizer.recognize("Gen. Tomas Ruiz arrived in Lisbon.", null);
        assertEquals(List.of(new EntityRecognizer.CoreNlpSpan(5, 15, "PERSON"),
                new EntityRecognizer.CoreNlpSpan(27, 33, "LOCATION")), r.coreNlpSpans());
        assertFalse(r.entities().isEmpty());
    }
}
