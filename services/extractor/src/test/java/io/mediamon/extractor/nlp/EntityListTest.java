package io.mediamon.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityListTest {

    @Test
    void aNameIsInAHeadlineOnlyAsWholeWords() {
        assertTrue(EntityList.containsWord("US envoy meets Taliban in Doha", "US"));
        assertFalse(EntityList.containsWord("Taliban USE drones, envoy says", "US"));
        assertFalse(EntityList.containsWord("Iranian envoy meets Taliban", "Iran"));
        assertTrue(EntityList.containsWord("Talks: Iran, Taliban meet", "Iran"));
        assertTrue(EntityList.containsWord("Iran", "Iran"));
        assertFalse(EntityList.containsWord("G20 summit opens", "G2"));
        assertTrue(EntityList.containsWord("Abu Dhabi talks end; Abu Dhabi calm", "Abu Dhabi"));
        assertTrue(EntityList.containsWord("Zürich-based firm", "Zürich"));
        assertFalse(EntityList.containsWord("anything", ""));
    }

    @Test
    void theSecondOccurrenceCountsWhenTheFirstIsInsideAWord() {
        assertTrue(EntityList.containsWord("Iranians welcome Iran deal", "Iran"));
    }
}
