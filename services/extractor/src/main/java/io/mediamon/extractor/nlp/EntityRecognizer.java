package io.mediamon.extractor.nlp;

import io.mediamon.schema.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entity layer on its own, for plain text: CoreNLP's tags once, then both what CoreNLP found (its token classes
 * joined into spans, nothing else) and mediamon's resolved entities. Used by the NER evaluation, which scores both
 * from one tagging pass. Thread-safe like the tagger it wraps.
 */
public final class EntityRecognizer {

    /** A run of consecutive tokens CoreNLP gave the same class (PERSON, ORGANIZATION, LOCATION or MISC). */
    public record CoreNlpSpan(int begin, int end, String label) {
    }

    /**
     * The result for one text.
     *
     * @param entities     mediamon's entities (mention offsets into the text)
     * @param coreNlpSpans CoreNLP's own spans, in text order
     */
    public record Recognition(List<Entity> entities, List<CoreNlpSpan> coreNlpSpans) {
    }

    private final NerTagger tagger;
    private final EntityResolver resolver;

    public EntityRecognizer(NerTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.resolver = new EntityResolver(Vocabulary.get());
    }

    /** Tags and resolves the text; headline may be null (it only adds to salience). */
    public Recognition recognize(String text, String headline) {
        List<Sentence> sentences = tagger.tag(text);
        List<NameMention> mentions = resolver.resolve(text, sentences);
        return new Recognition(EntityList.of(mentions, headline), coreNlpSpans(sentences));
    }

    /**
     * CoreNLP's output as spans the way its own entity-mention annotator joins them: consecutive tokens with the same
     * class form one span (the CRF models tag without B-/I- prefixes, so two adjacent names of one class merge).
     */
    static List<CoreNlpSpan> coreNlpSpans(List<Sentence> sentences) {
        List<CoreNlpSpan> spans = new ArrayList<>();
        for (Sentence s : sentences) {
            int i = 0;
            while (i < s.size()) {
                String tag = s.token(i).ner();
                int end = i + 1;
                while (end < s.size() && s.token(end).ner().equals(tag)) {
                    end++;
                }
                if (!tag.equals(Token.OUTSIDE)) {
                    spans.add(new CoreNlpSpan(s.token(i).begin(), s.token(end - 1).end(), tag));
                }
                i = end;
            }
        }
        return spans;
    }
}
