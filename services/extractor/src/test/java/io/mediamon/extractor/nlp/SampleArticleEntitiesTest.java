package io.mediamon.extractor.nlp;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entities of the sample article: canonical names, roles, nationalities, salience. */
class SampleArticleEntitiesTest {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her", "they", "them", "their",
            "it", "its", "we", "our", "i", "me", "you");

    private static EnrichedArticle sample;

    @BeforeAll
    static void analyzeSample() {
        sample = TestArticles.analyzer().analyze(TestArticles.sample());
    }

    private static Entity entity(String canonical) {
        return sample.getEntities().stream().filter(e -> e.getCanonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + canonical + " in " + sample.getEntities()));
    }

    private static List<String> texts(Entity e) {
        return e.getMentions().stream().map(Mention::getText).toList();
    }

    @Test
    void peopleKeepTheirTitlesAsRoles() {
        Entity shamkhani = entity("Ali Shamkhani");
        assertTrue(texts(shamkhani).contains("Shamkhani"), texts(shamkhani).toString());
        assertTrue(shamkhani.getRoles().contains("Secretary"), shamkhani.getRoles().toString());
        assertTrue(entity("Zabihullah Mujahid").getRoles().contains("spokesman"));
        assertTrue(entity("Ali Khamenei").getRoles().contains("Ayatollah"));
        Entity miller = entity("Austin Miller");
        assertTrue(miller.getRoles().contains("Gen."), miller.getRoles().toString());
        for (Entity e : sample.getEntities()) {
            assertTrue(e.getRoles().stream().noneMatch(r -> r.equalsIgnoreCase("former")), e.toString());
        }
    }

    @Test
    void theUnitedStatesIsOneLocationAndAmericanItsNationality() {
        Entity us = entity("United States");
        assertEquals(EntityType.LOCATION, us.getType());
        assertTrue(texts(us).containsAll(List.of("U.S.", "US")), texts(us).toString());
        Entity american = entity("American");
        assertEquals(EntityType.NORP, american.getType());
        assertEquals("United States", american.getCountry());
        assertNull(us.getCountry(), "only nationalities carry a country");
    }

    @Test
    void groupsAreOrganizations() {
        for (String group : List.of("al-Qaeda", "ISIS", "Taliban")) {
            assertEquals(EntityType.ORGANIZATION, entity(group).getType(), group);
        }
        assertTrue(entity("Taliban").getMentions().size() >= 7);
    }

    @Test
    void noPronounIsAnEntity() {
        for (Entity e : sample.getEntities()) {
            for (Mention m : e.getMentions()) {
                assertTrue(!PRONOUNS.contains(m.getText().toLowerCase()) || m.getText().equals("US"), e.toString());
            }
        }
    }

    @Test
    void theArticleIsMostAboutIranAndTheTaliban() {
        List<Entity> bySalience = sample.getEntities().stream()
                .sorted(Comparator.comparingDouble(Entity::getSalience).reversed()).toList();
        assertEquals("Iran", bySalience.get(0).getCanonical());
        assertEquals(1.0, bySalience.get(0).getSalience());
        assertEquals("Taliban", bySalience.get(1).getCanonical());
        for (Entity e : sample.getEntities()) {
            assertTrue(e.getSalience() > 0 && e.getSalience() <= 1, e.toString());
            int first = e.getMentions().stream().mapToInt(Mention::getBegin).min().orElseThrow();
            assertEquals(first, e.getFirstOffset(), e.getCanonical());
        }
    }
}
