package io.mediamon.evaluation.ner;

import io.mediamon.extractor.nlp.EntityRecognizer;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.Mention;

import java.util.ArrayList;
import java.util.List;

/** The systems the evaluation scores, both read off one CoreNLP tagging pass. */
public enum NerSystem {

    /** CoreNLP's own spans (consecutive tokens of one class), typed by {@link TypeMapping#coreNlp}. */
    CORENLP("raw CoreNLP"),
    /** mediamon's entity layer: every mention of every entity, with the entity's type. */
    MEDIAMON("mediamon");

    private final String label;

    NerSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The system's predictions as character spans; unscored types are left out. */
    List<Span> predictions(EntityRecognizer.Recognition recognition) {
        List<Span> spans = new ArrayList<>();
        if (this == CORENLP) {
            for (EntityRecognizer.CoreNlpSpan s : recognition.coreNlpSpans()) {
                EntityType type = TypeMapping.coreNlp(s.label());
                if (type != null) {
                    spans.add(new Span(s.begin(), s.end(), type));
                }
            }
        } else {
            for (Entity e : recognition.entities()) {
                EntityType type = TypeMapping.mediamon(e.getType());
                if (type != null) {
                    for (Mention m : e.getMentions()) {
                        spans.add(new Span(m.getBegin(), m.getEnd(), type));
                    }
                }
            }
        }
        return spans;
    }
}
