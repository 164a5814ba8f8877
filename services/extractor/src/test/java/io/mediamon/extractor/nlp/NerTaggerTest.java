package io.mediamon.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which CRF models a pipeline runs, by short name or resource, and what a model that is not there gets. */
class NerTaggerTest {

    @Test
    void shortNamesBecomeTheModelsResourcesInOrder() {
        String models = NerTagger.properties(NerTagger.REFERENCE_MODELS).getProperty("ner.model");
        assertEquals("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", models);
        assertEquals("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
                NerTagger.properties(NerTagger.DEFAULT_MODELS).getProperty("ner.model"));
    }

    @Test
    void aModelNotOnTheClassPathIsNamedWithWhatToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NerTagger.properties(List.of("3class", "models/nowhere.crf.ser.gz")));
        assertTrue(e.getMessage().contains("models/nowhere.crf.ser.gz")
                && e.getMessage().contains("use 3class, 4class or 7class"), e.getMessage());
    }
}
