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
import java.util.Map;
import java.util.Properties;

/**
 * One CoreNLP pipeline; expensive (seconds, hundreds of MB of heap); thread-safe; create ONE per JVM and share it
 * between stream threads.
 *
 * <p>The pipeline is tokenize, ssplit, ner with the configured CRF models (setting extractor.ner-models; default the
 * English 3-class "all" model alone). SUTime, the numeric classifiers and fine-grained NER are off: with all three off
 * the ner annotator requires only tokens and sentences, so no POS tagger or lemmatizer is loaded (no
 * enforceRequirements override is needed).
 *
 * <p>Why one model: the CRFs are four fifths of the extractor's CPU (JFR, README Benchmark), and the 4-class CoNLL
 * model the extractor ran after the 3-class one until December 2026 added only MISC spans; the entity rules now do what
 * those spans did for the measured entities (demonyms, "U.S.-led" in {@link CompoundModifier}), so `eval ner` scores
 * the same with one model at about twice the tagging rate. {@link #REFERENCE_MODELS} keeps the two-model pipeline as
 * the benchmark's fixed reference.
 */
public final class NerTagger {

    private static final Logger LOG = LoggerFactory.getLogger(NerTagger.class);

    /** Short names of CoreNLP's English CRF models (setting extractor.ner-models). */
    private static final Map<String, String> NAMED_MODELS = Map.of(
            "3class", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            "4class", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
            "7class", "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");
    /** The extractor's models by default. */
    public static final List<String> DEFAULT_MODELS = List.of("3class");
    /**
     * The pipeline `bench extract` measures the analyzer against: the two models the extractor ran when the
     * throughput target was set (issue 15), fixed so that the ratio means the same from one version to the next.
     */
    public static final List<String> REFERENCE_MODELS = List.of("3class", "4class");

    private final StanfordCoreNLP pipeline;

    private NerTagger(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** The default models; see {@link #load(List)}. */
    public static NerTagger load() {
        return load(DEFAULT_MODELS);
    }

    /**
     * Loads the models from the class path (the CoreNLP models jar). Takes seconds: call once per JVM.
     *
     * @param models short names (3class, 4class, 7class) or class-path resources, in the order CoreNLP combines them
     * @throws IllegalArgumentException when a model is not on the class path
     */
    public static NerTagger load(List<String> models) {
        long start = System.nanoTime();
        NerTagger tagger = new NerTagger(new StanfordCoreNLP(properties(models)));
        LOG.info("CoreNLP NER pipeline ({}) loaded in {} ms", String.join(", ", models),
                (System.nanoTime() - start) / 1_000_000);
        return tagger;
    }

    /** The CoreNLP pipeline's settings for these models; `bench extract` runs a plain pipeline with them. */
    public static Properties properties(List<String> models) {
        List<String> resources = new ArrayList<>();
        for (String model : models) {
            String resource = NAMED_MODELS.getOrDefault(model, model);
            if (NerTagger.class.getClassLoader().getResource(resource) == null) {
                throw new IllegalArgumentException("NER model '" + model + "' is not on the class path ("
                        + resource + "); use 3class, 4class or 7class, or add the model's jar");
            }
            resources.add(resource);
        }
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("tokenize.language", "en");
        // Characters the tokenizer does not know are dropped silently instead of logged one by one.
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        // A blank line ends a sentence: headlines and captions have no final period.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", String.join(",", resources));
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
