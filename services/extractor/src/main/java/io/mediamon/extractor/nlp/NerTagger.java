package io.mediamon.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * One CoreNLP pipeline; expensive (seconds, hundreds of MB of heap); thread-safe; create ONE per JVM and share it
 * between stream threads.
 *
 * <p>The pipeline is tokenize, ssplit, ner with the configured CRF models (setting extractor.ner-models; default the
 * English 3-class "all" model alone). SUTime, the numeric classifiers and fine-grained NER are off: with all three off
 * the ner annotator requires only tokens and sentences. With the parse (setting extractor.parse) the pos annotator
 * runs after ner, so the names it tags do not depend on the parse, and the neural dependency parser (Universal
 * Dependencies, basic) parses the sentences that have a cue word: it is for claims, who is the subject of a reporting
 * verb and what its complement is, where patterns over words alone fail ("Obama on Tuesday accused ...", "told The
 * Washington Post that ..."). It costs several times the CPU of the names (README, Benchmark and eval claims).
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

    /** Longer sentences are tagged for names but get no parts of speech and no parse. */
    static final int MAX_PARSED_TOKENS = 120;

    private final StanfordCoreNLP pipeline;
    /** The neural dependency parser, called directly; null for a names-only tagger. */
    private final DependencyParser parser;
    private final Vocabulary vocabulary = Vocabulary.get();

    private NerTagger(StanfordCoreNLP pipeline, DependencyParser parser) {
        this.pipeline = pipeline;
        this.parser = parser;
    }

    /** The default models, with the parse (everything the analyzer can do); see {@link #load(List, boolean)}. */
    public static NerTagger load() {
        return load(DEFAULT_MODELS, true);
    }

    /**
     * Loads the models from the class path (the CoreNLP models jar). Takes seconds: call once per JVM.
     *
     * @param models short names (3class, 4class, 7class) or class-path resources, in the order CoreNLP combines them
     * @param parse whether to load the part-of-speech tagger and the dependency parser for claims; not for names only
     *     (`eval ner`: the tags are the same, the ner annotator runs before the tagger and parser)
     * @throws IllegalArgumentException when a model is not on the class path
     */
    public static NerTagger load(List<String> models, boolean parse) {
        long start = System.nanoTime();
        // The parser is called directly rather than as the depparse annotator: that one also derives the collapsed and
        // enhanced graphs of every sentence, which cost a fifth of the parse and are not read.
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(models, parse));
        memoizeWordFunctions(pipeline);
        NerTagger tagger = new NerTagger(pipeline,
                parse ? DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL) : null);
        LOG.info("CoreNLP pipeline ({}) loaded in {} ms ({})", String.join(", ", models),
                (System.nanoTime() - start) / 1_000_000, parse ? "names and dependency parse" : "names only");
        return tagger;
    }

    /**
     * Puts a memo in front of each CRF model's word function ({@link MemoizedWordFunction}: the same tags for less
     * CPU). CoreNLP offers no setting for it and keeps the models in private fields of its pipeline, NER annotator and
     * classifier combiner, so they are reached by reflection; should a CoreNLP version move them, the models run as
     * they are (logged) and {@code NerTaggerTest} fails.
     *
     * @return the models whose word function is memoized (the models without one need none)
     */
    static List<AbstractSequenceClassifier<?>> memoizeWordFunctions(StanfordCoreNLP pipeline) {
        List<AbstractSequenceClassifier<?>> memoized = new ArrayList<>();
        try {
            for (Object annotator : (List<?>) read(AnnotationPipeline.class, "annotators", pipeline)) {
                if (annotator instanceof NERCombinerAnnotator) {
                    Object combiner = read(NERCombinerAnnotator.class, "ner", annotator);
                    for (Object model : (List<?>) read(ClassifierCombiner.class, "baseClassifiers", combiner)) {
                        AbstractSequenceClassifier<?> classifier = (AbstractSequenceClassifier<?>) model;
                        Function<String, String> function = classifier.flags.wordFunction;
                        if (function != null) {
                            // CoreNLP shares annotators between pipelines of the same settings: this one's models
                            // may have been memoized already.
                            if (!(function instanceof MemoizedWordFunction)) {
                                classifier.flags.wordFunction = new MemoizedWordFunction(function);
                            }
                            memoized.add(classifier);
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("CoreNLP's NER models could not be reached to memoize their word function; they run as they are"
                    + " (more CPU, the same tags): {}", e.toString());
        }
        return memoized;
    }

    private static Object read(Class<?> owner, String field, Object instance) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(instance);
    }

    /** The settings of a names-only pipeline (tokenize, ssplit, ner); `bench extract`'s reference runs one. */
    public static Properties properties(List<String> models) {
        return properties(models, false);
    }

    /** The CoreNLP pipeline's settings for these models; with the parse, the parts of speech the parser needs. */
    public static Properties properties(List<String> models, boolean parse) {
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
        p.setProperty("annotators", parse ? "tokenize,ssplit,ner,pos" : "tokenize,ssplit,ner");
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
        // Run-on "sentences" (lists, tables flattened to text) are not worth the tagger's time; the parser then
        // sees no parts of speech and its parse of them is not used (see ParsedClaims).
        p.setProperty("pos.maxlen", String.valueOf(MAX_PARSED_TOKENS));
        return p;
    }

    /**
     * Only a sentence with a word that starts a cue the parse reads (cues.tsv) can give a parsed claim: the others,
     * about half of news text, are not parsed, which saves that half of the parser's time.
     */
    private boolean isWorthParsing(List<CoreLabel> labels) {
        if (labels.size() > MAX_PARSED_TOKENS) {
            return false;
        }
        for (CoreLabel label : labels) {
            if (vocabulary.isParseCueWord(label.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Tokenizes, splits and tags the text. Safe to call from several threads at once. */
    List<Sentence> tag(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int[] heads = new int[labels.size()];
            String[] relations = new String[labels.size()];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(relations, "");
            if (parser != null && isWorthParsing(labels)) {
                for (TypedDependency d : parser.predict(sentence).typedDependencies()) {
                    // CoreNLP numbers the tokens of a sentence from 1; the root's governor is 0.
                    int dependent = d.dep().index() - 1;
                    if (dependent >= 0 && dependent < heads.length) {
                        heads[dependent] = d.gov().index() - 1;
                        relations[dependent] = d.gov().index() == 0 ? "" : d.reln().toString();
                    }
                }
            }
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : labels) {
                int begin = label.beginPosition();
                int end = label.endPosition();
                String ner = label.ner() == null ? Token.OUTSIDE : label.ner();
                String tag = label.tag() == null ? "" : label.tag();
                int i = tokens.size();
                tokens.add(new Token(i, text.substring(begin, end), begin, end, ner, tag, heads[i], relations[i]));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(),
                        tokens.get(tokens.size() - 1).end(), tokens));
            }
        }
        return SentenceRepair.joinCutsAfterAbbreviations(text,
                SentenceRepair.moveOpeningQuoteMarksToTheirSentence(text, sentences));
    }
}
