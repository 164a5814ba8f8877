package io.mediamon.extractor.nlp;

import io.mediamon.extractor.text.ArticleText;
import io.mediamon.extractor.text.CleanText;
import io.mediamon.extractor.text.LanguageDetector;
import io.mediamon.extractor.text.PageMetadata;
import io.mediamon.extractor.text.SimHash;
import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EventMention;
import io.mediamon.schema.RawArticle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Thread-safe, stateless apart from the tagger and resource data it holds.
 *
 * <p>Turns a raw article into an enriched one: clean text, language, entities, claims, event mentions and a
 * SimHash fingerprint. Text that is not English keeps its clean text and fingerprint but gets no entities, claims or
 * event mentions: the NER models and the vocabulary are English.
 */
public final class ArticleAnalyzer {

    private static final String ENGLISH = "en";

    private final NerTagger tagger;
    private final int maxChars;
    private final LanguageDetector languageDetector;
    private final Vocabulary vocabulary;
    private final EntityResolver entityResolver;

    /** An analyzer that caps clean text at {@value ArticleText#DEFAULT_MAX_CHARS} characters. */
    public ArticleAnalyzer(NerTagger tagger) {
        this(tagger, ArticleText.DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxChars longer clean text is cut (at a paragraph, sentence or word boundary) and marked truncated:
     *                 NER time grows with the length (setting extractor.max-chars)
     */
    public ArticleAnalyzer(NerTagger tagger, int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
        }
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.maxChars = maxChars;
        this.languageDetector = LanguageDetector.load();
        this.vocabulary = Vocabulary.get();
        this.entityResolver = new EntityResolver(vocabulary);
    }

    /**
     * Never returns null. Throws IllegalArgumentException with a clear message for input that cannot be processed
     * (e.g. empty body after cleaning, binary content).
     */
    public EnrichedArticle analyze(RawArticle raw) {
        if (raw == null) {
            throw new IllegalArgumentException("raw article is null");
        }
        CleanText clean = ArticleText.clean(raw, maxChars);
        String text = clean.text();
        String language = languageDetector.detect(text);
        PageMetadata page = clean.metadata();
        Instant publishedAt = raw.getPublishedAt() != null ? raw.getPublishedAt()
                : page.publishedAtNotAfter(raw.getFetchedAt());
        EnrichedArticle.Builder out = EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setUrl(raw.getUrl())
                .setCanonicalUrl(page.canonicalUrl())
                .setSource(raw.getSource())
                .setTitle(raw.getTitle() != null && !raw.getTitle().isBlank() ? raw.getTitle() : page.title())
                .setByline(page.byline())
                .setPublishedAt(publishedAt)
                .setFetchedAt(raw.getFetchedAt())
                .setTags(raw.getTags())
                .setCleanText(text)
                .setTruncated(clean.truncated())
                .setOriginalLength(clean.originalLength())
                .setLanguage(language)
                .setFingerprint(SimHash.fingerprint(text));
        if (!ENGLISH.equals(language)) {
            return out.setEntities(List.of()).setClaims(List.of()).setEventMentions(List.of()).build();
        }
        AnalyzedText doc = analyzeText(text);
        PhraseReader reader = new PhraseReader(doc, vocabulary);
        ReferentResolver resolver = new ReferentResolver(doc, vocabulary, reader);
        // Claims first: their speakers are the persons a later "he" can refer to.
        List<Claim> claims = new ClaimExtractor(doc, vocabulary, reader, resolver).extract();
        Instant dated = publishedAt != null ? publishedAt : raw.getFetchedAt();
        LocalDate articleDate = LocalDate.ofInstant(dated, ZoneOffset.UTC);
        List<EventMention> events = new EventExtractor(doc, vocabulary, reader, resolver, articleDate).extract();
        // Salience counts headline mentions: the headline the article ends up with, from the raw record or the page.
        List<Entity> entities = EntityList.of(doc.mentions, out.getTitle());
        return out.setEntities(entities).setClaims(claims).setEventMentions(events).build();
    }

    AnalyzedText analyzeText(String text) {
        List<Sentence> sentences = tagger.tag(text);
        return new AnalyzedText(text, sentences, entityResolver.resolve(text, sentences));
    }
}
