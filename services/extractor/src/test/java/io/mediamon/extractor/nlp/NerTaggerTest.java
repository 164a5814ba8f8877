package io.mediamon.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which CRF models a pipeline runs, by short name or resource, what a model that is not there gets, and the memo in
 * front of the models' word function.
 */
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

    @Test
    void theModelsWordFunctionIsMemoizedOnceAndTheTagsStayTheSame() {
        edu.stanford.nlp.pipeline.StanfordCoreNLP pipeline =
                new edu.stanford.nlp.pipeline.StanfordCoreNLP(NerTagger.properties(NerTagger.DEFAULT_MODELS));
        List<edu.stanford.nlp.ie.AbstractSequenceClassifier<?>> models = NerTagger.memoizeWordFunctions(pipeline);
        assertEquals(1, models.size(), "the 3-class model rewrites British spellings: its word function is memoized");
        edu.stanford.nlp.sequences.SeqClassifierFlags flags = models.get(0).flags;
        MemoizedWordFunction memo = assertInstanceOf(MemoizedWordFunction.class, flags.wordFunction);
        assertEquals(models, NerTagger.memoizeWordFunctions(pipeline));
        assertFalse(memo.function() instanceof MemoizedWordFunction, "memoized once, not twice");

        String text = "The Labour leader in Colchester criticised the organisation's colour-coded plan, said "
                + "Mr. Corbyn, while the Organisation for Security and Cooperation in Europe stayed silent.";
        List<String> memoized = tags(pipeline, text);
        flags.wordFunction = memo.function();
        try {
            assertEquals(tags(pipeline, text), memoized);
        } finally {
            flags.wordFunction = memo;
        }
    }

    private static List<String> tags(edu.stanford.nlp.pipeline.StanfordCoreNLP pipeline, String text) {
        edu.stanford.nlp.pipeline.Annotation annotation = new edu.stanford.nlp.pipeline.Annotation(text);
        pipeline.annotate(annotation);
        return annotation.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).stream()
                .map(t -> t.word() + "/" + t.ner()).toList();
    }
}
