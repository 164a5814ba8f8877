package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a speaker phrase stands for, on top of the {@link ReferentResolver}: "he"/"she" checked against the gender
 * the text gives the person (a "she said" after a man is the woman named before him, or nobody), and "the
 * ministry", "the department", "the council" resolved to the latest organisation named with that word ("Iran's
 * Foreign Ministry"). Never guesses: no fitting candidate, no referent.
 */
final class SpeakerResolver {

    /**
     * A speaker: who it is, if known, and the phrase as written.
     *
     * @param referent the canonical entity; null when the phrase could not be resolved
     * @param text     the speaker as written ("he", "the spokesman", "Taliban spokesman Zabihullah Mujahid")
     */
    record Speaker(Referent referent, String text) {
        String name() {
            return referent == null ? null : referent.name();
        }
    }

    /** Sentences back that a pronoun of the right gender may reach when the nearest person is of the other. */
    private static final int GENDER_WINDOW_SENTENCES = 5;
    /** Pronouns that speak for an organisation: "it said", "they said", "we" in its statement. */
    private static final java.util.Set<String> GROUP_PRONOUNS = java.util.Set.of("they", "it", "we");

    private final AnalyzedText doc;
    private final ReferentResolver resolver;

    SpeakerResolver(AnalyzedText doc, ReferentResolver resolver) {
        this.doc = doc;
        this.resolver = resolver;
    }

    /** The speaker a noun phrase stands for. */
    Speaker of(Sentence s, PhraseReader.Unit unit) {
        return new Speaker(referent(s, unit), text(s, unit));
    }

    /** "“...,” he said": the person before the quote, not anyone named inside it. */
    Speaker pronounBefore(Sentence s, PhraseReader.Unit unit, Quote quote) {
        Token pronoun = s.token(unit.head());
        Referent referent = Grammar.PERSON_PRONOUNS.contains(pronoun.lower())
                ? person(pronoun, quote.open(), quote.close() + 1) : null;
        return new Speaker(referent, text(s, unit));
    }

    String text(Sentence s, PhraseReader.Unit unit) {
        return doc.substring(s.token(unit.start()).begin(), s.token(unit.end() - 1).end());
    }

    private Referent referent(Sentence s, PhraseReader.Unit unit) {
        Token head = s.token(unit.head());
        if (unit.end() - unit.start() == 1 && Grammar.PERSON_PRONOUNS.contains(head.lower())
                && Grammar.isPronoun(head)) {
            return person(head, -1, -1);
        }
        if (unit.end() - unit.start() == 1 && GROUP_PRONOUNS.contains(head.lower()) && Grammar.isPronoun(head)) {
            return resolver.organisation(head.begin(), s.index()).map(Referent::of).orElse(null);
        }
        Optional<NameMention> named = organisationNamedWith(s, unit);
        if (named.isPresent()) {
            return Referent.of(named.get());
        }
        List<Referent> referents = resolver.resolve(s, unit, ReferentResolver.Purpose.SPEAKER);
        return referents.isEmpty() ? null : referents.get(0);
    }

    /**
     * The person "he"/"she" at the pronoun refers to, outside [excludeBegin, excludeEnd): the resolver's nearest
     * subject if its gender fits, else the nearest person before it whose gender the text makes clear and fits.
     */
    private Referent person(Token pronoun, int excludeBegin, int excludeEnd) {
        Gender wanted = Gender.ofPronoun(pronoun);
        Optional<NameMention> nearest = resolver.person(pronoun.begin(), excludeBegin, excludeEnd);
        if (nearest.isPresent() && wanted.fits(Gender.of(nearest.get()))) {
            return Referent.of(nearest.get());
        }
        if (nearest.isEmpty() || wanted == Gender.UNKNOWN) {
            return null;
        }
        int pronounSentence = sentenceOf(pronoun.begin());
        for (int i = doc.mentions.size() - 1; i >= 0; i--) {
            NameMention m = doc.mentions.get(i);
            boolean excluded = m.begin >= excludeBegin && m.begin < excludeEnd;
            if (m.begin >= pronoun.begin() || excluded) {
                continue;
            }
            if (m.sentence < pronounSentence - GENDER_WINDOW_SENTENCES) {
                break;
            }
            if (Gender.of(m) == wanted) {
                return Referent.of(m);
            }
        }
        return null;
    }

    private int sentenceOf(int offset) {
        for (Sentence s : doc.sentences) {
            if (offset >= s.begin() && offset < s.end()) {
                return s.index();
            }
        }
        return doc.sentences.size();
    }

    /**
     * "the ministry" → the latest organisation before it whose name has that word ("Foreign Ministry"), "the
     * interior ministry" → one whose name has both; only for a definite phrase of lowercase common nouns, which
     * names no one by itself.
     */
    private Optional<NameMention> organisationNamedWith(Sentence s, PhraseReader.Unit unit) {
        if (!Grammar.DEFINITE.contains(s.token(unit.start()).lower()) || unit.end() - unit.start() < 2) {
            return Optional.empty();
        }
        for (int k = unit.start() + 1; k < unit.end(); k++) {
            if (doc.mention(s, k) != null || !s.token(k).isLowercaseWord()) {
                return Optional.empty();
            }
        }
        List<String> words = new ArrayList<>();
        for (int k = unit.start() + 1; k < unit.end(); k++) {
            words.add(s.token(k).lower());
        }
        NameMention found = null;
        for (NameMention m : doc.mentions) {
            if (m.begin >= s.token(unit.start()).begin()) {
                break;
            }
            if (m.type == EntityType.ORGANIZATION && nameWords(m.canonical).containsAll(words)) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<String> nameWords(String name) {
        return Arrays.asList(name.toLowerCase(Locale.ROOT).split("[\\s\\-]+"));
    }
}
