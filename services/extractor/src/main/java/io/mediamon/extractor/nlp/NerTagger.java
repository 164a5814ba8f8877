package io.mediamon.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One CoreNLP pipeline; expensive (seconds, ~1 GB heap); thread-safe; create ONE per JVM and share it between
 * stream threads.
 *
 * <p>The pipeline is tokenize, ssplit, ner with the two English CRF models (3-class "all" then 4-class CoNLL).
 * SUTime, the numeric classifiers and fine-grained NER are off: with all three off the ner annotator requires only
 * tokens and sentences, so no POS tagger or lemmatizer is loaded (no enforceRequirements override is needed).
 * Measured on a 2-core machine: about 1.5 s to load; the loaded pipeline retains about 210 MB of heap, and analysis
 * runs in 300 MB, so the "1 GB" budget is headroom for several stream threads working at once.
 */
public final class NerTagger {

    private static final Logger LOG = LoggerFactory.getLogger(NerTagger.class);

    static final String MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    private NerTagger(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models from the class path (the CoreNLP models jar). Takes seconds: call once per JVM. */
    public static NerTagger load() {
        long start = System.nanoTime();
        NerTagger tagger = new NerTagger(new StanfordCoreNLP(properties()));
        LOG.info("CoreNLP NER pipeline loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return tagger;
    }

    /** The CoreNLP pipeline's settings; `bench extract` runs a plain pipeline with them as its reference. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("tokenize.language", "en");
        // Characters the tokenizer does not know are dropped silently instead of logged one by one.
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        // A blank line ends a sentence: headlines and captions have no final period.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", MODELS);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        // We build our own mentions from the token tags (CoreNLP's would add pronouns and acronym guesses).
        p.setProperty("ner.buildEntityMentions", "false");
        // No words learned from earlier documents: the tags of a document must not depend on what came before
        // (replays give the same output, stream threads do not influence each other).
        p.setProperty("ner.maxAdditionalKnownLCWords", "0");
        return p;
    }

    /** Tokenizes, splits and tags the text. Safe to call from several threads at once. */
    List<Sentence> tag(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                int begin = label.beginPosition();
                int end = label.endPosition();
                String ner = label.ner() == null ? Token.OUTSIDE : label.ner();
                tokens.add(new Token(tokens.size(), text.substring(begin, end), begin, end, ner));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(),
                        tokens.get(tokens.size() - 1).end(), tokens));
            }
        }
        return sentences;
    }
}
