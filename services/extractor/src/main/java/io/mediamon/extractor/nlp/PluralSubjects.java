package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.Set;

/**
 * Plural subjects, the ones a verb's base form agrees with: "harbour economists worry", "Democrats believe", "they
 * argue", "58 percent expect". Without a tagger, such a subject right before a base form of a cue ("worry",
 * "believe") is what tells the verb from a noun ("the council plan") or an infinitive ("to argue").
 */
final class PluralSubjects {

    /** Pronouns of a plural subject that speak for someone ("I" and "you" mostly speak in hypotheticals). */
    private static final Set<String> PRONOUNS = Set.of("they", "we");
    /** Nouns that speak and are plural without an -s: "police fear", "people believe", "the data show". */
    private static final Set<String> PLURALS_WITHOUT_S = Set.of("people", "police", "men", "women", "children",
            "data");

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;

    PluralSubjects(AnalyzedText doc, Vocabulary vocabulary) {
        this.doc = doc;
        this.vocabulary = vocabulary;
    }

    /** A plural subject ending at token k: "they", "we", a plural noun that can speak, a group named by its members. */
    boolean endsAt(Sentence s, int k) {
        Token t = s.at(k);
        if (t == null || !t.isWord()) {
            return false;
        }
        NameMention m = doc.mention(s, k);
        if (m != null) {
            return (m.type == EntityType.NORP && !m.isDemonym() && m.text.endsWith("s")) || isSecondOfTwoNames(s, m);
        }
        String w = t.lower();
        boolean plural = (w.endsWith("s") && !w.endsWith("ss")) || PLURALS_WITHOUT_S.contains(w);
        return PRONOUNS.contains(w) || (plural && vocabulary.isSpeakerNoun(t) && (t.isLowercaseWord() || k == 0))
                || isShareOfPeople(s, k);
    }

    /**
     * "..., said the videos show Tom Baker leaving": a base form of a cue right after a plural subject inside the
     * phrase is its verb, so the phrase is a clause, not a noun phrase naming someone.
     */
    boolean holdBaseFormVerb(Sentence s, PhraseReader.Unit unit) {
        for (int k = unit.start() + 1; k < unit.end(); k++) {
            Token t = s.token(k);
            if (t.isLowercaseWord() && vocabulary.isBaseFormCue(t.lower()) && endsAt(s, k - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ann Cole and Tom Baker argue that ...": a person or organisation named right after "and" and another such name
     * ends a subject of two, plural as "they" is.
     */
    private boolean isSecondOfTwoNames(Sentence s, NameMention m) {
        Token and = s.at(m.start - 1);
        NameMention first = and != null && and.is("and") ? doc.mention(s, m.start - 2) : null;
        return isSpeakingName(m) && first != null && isSpeakingName(first);
    }

    private static boolean isSpeakingName(NameMention m) {
        return m.type == EntityType.PERSON || m.type == EntityType.ORGANIZATION;
    }

    /** "58 percent", "five percent": a share of the people asked, who speak in the plural ("58 percent believe"). */
    private static boolean isShareOfPeople(Sentence s, int k) {
        Token count = s.at(k - 1);
        return s.token(k).is("percent") && count != null
                && (count.text().matches("[0-9][0-9.,]*") || Grammar.COUNT_WORDS.contains(count.lower()));
    }
}
