package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.Set;

/**
 * The subject a sentence opens with, when a verb follows it ("Iran rejected ...", "Several harbour unions asked
 * ..."), across an introductory phrase or appositives: the speaker of a later participle or coordinated verb
 * ("..., saying ...", "... and said ...") when no claim of the sentence names one.
 */
final class OpeningSubjects {
    /** "During a long speech in the harbour town,": an introductory phrase before the sentence's subject. */
    private static final int MAX_INTRODUCTION_TOKENS = 16;

    /** Words a description that opens a clause may have between its determiner and its head ("several harbour"). */
    private static final int MAX_DESCRIPTION_MODIFIERS = 3;

    /** Pronouns that stand for a group or an organisation that speaks: "They rejected ..., saying ...". */
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "it");

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final SpeakerResolver speakers;

    OpeningSubjects(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, SpeakerResolver speakers) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.speakers = speakers;
    }

    /**
     * The noun phrase a sentence opens with, when a verb follows it directly ("Iran rejected ...", "The Afghan
     * government said ..."); else null. Without a part-of-speech tagger the phrase ends at the first lowercase
     * word that is neither a title nor an agent noun, and it must end in a name, a pronoun or such a noun.
     */
    SpeakerResolver.Speaker openingSubject(Sentence s, int before) {
        SpeakerResolver.Speaker subject = subjectOpeningAt(s, 0, before);
        if (subject != null || s.size() == 0) {
            return subject;
        }
        // "During a speech in Ohio, Trump attacked ..., saying": an introductory phrase, opened by a preposition, an
        // adverb or a participle ("Alarmed by the protests, ...") and closed by a comma, comes before the subject; it may
        // hold an aside between commas of its own ("On Thursday, however, X spoke ...": the subject after the last).
        Token first = s.token(0);
        if (!Grammar.PREPOSITIONS.contains(first.lower()) && !Grammar.isAdverb(first) && !isParticipleWord(first)) {
            return null;
        }
        for (int k = 1; k < Math.min(before, MAX_INTRODUCTION_TOKENS); k++) {
            if (s.token(k).text().equals(",")) {
                SpeakerResolver.Speaker afterComma = subjectOpeningAt(s, k + 1, before);
                if (afterComma != null) {
                    return afterComma;
                }
            }
        }
        return null;
    }

    /** "Alarmed", "Speaking": a word in -ed or -ing that may open a participle phrase. */
    private static boolean isParticipleWord(Token t) {
        String w = t.lower();
        return t.isWord() && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
    }

    SpeakerResolver.Speaker subjectOpeningAt(Sentence s, int start, int before) {
        SpeakerResolver.Speaker named = nameOpeningAt(s, start, before);
        return named != null ? named : descriptionOpeningAt(s, start, before);
    }

    /**
     * "Several harbour unions asked the mayor ..., saying": a description of people who can speak (its head a
     * lowercase noun that speaks, after an optional determiner or number and a few modifiers) followed by a verb.
     * The last such noun before the verb is the head ("the union leaders met": "union" modifies "leaders").
     */
    private SpeakerResolver.Speaker descriptionOpeningAt(Sentence s, int start, int before) {
        Token first = s.at(start);
        if (first == null) {
            return null;
        }
        boolean counted = Grammar.DETERMINERS.contains(first.lower()) || Grammar.COUNT_WORDS.contains(first.lower())
                || Character.isDigit(first.text().codePointAt(0));
        int from = counted ? start + 1 : start;
        for (int head = Math.min(from + MAX_DESCRIPTION_MODIFIERS, before - 2); head >= from; head--) {
            Token noun = s.token(head);
            Token next = s.token(head + 1);
            if (noun.isLowercaseWord() && vocabulary.isSpeakerNoun(noun) && isVerbLike(next)
                    && !vocabulary.isSpeakerNoun(next) && onlyWordsBetween(s, from, head)) {
                return speakers.of(s, new PhraseReader.Unit(start, head + 1));
            }
            if (noun.isLowercaseWord() && vocabulary.isSpeakerNoun(noun) && next.is("for")
                    && onlyWordsBetween(s, from, head)) {
                SpeakerResolver.Speaker spokesperson = spokespersonFor(s, start, head + 2, before);
                if (spokesperson != null) {
                    return spokesperson;
                }
            }
        }
        return null;
    }

    /**
     * "A reporter for the Oban Gazette spotted ...": a description and "for" an organisation named right after it,
     * followed by a verb, speaks for the organisation (as "a spokesman for the ministry said" does).
     */
    private SpeakerResolver.Speaker spokespersonFor(Sentence s, int start, int afterFor, int before) {
        int k = afterFor < before && Grammar.DEFINITE.contains(s.token(afterFor).lower()) ? afterFor + 1 : afterFor;
        NameMention m = doc.mention(s, k);
        if (m == null || m.start != k || m.end >= before || m.type != EntityType.ORGANIZATION
                || !isVerbLike(s.token(m.end))) {
            return null;
        }
        String text = doc.substring(s.token(start).begin(), s.token(m.end - 1).end());
        return SpeakerResolver.Speaker.forOrganisation(Referent.of(m), text);
    }

    /** Whether tokens [from, to) are words that may modify a noun: no punctuation, no function word. */
    private static boolean onlyWordsBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (!t.isWord() || Grammar.isFunctionWord(t) || Grammar.isPronoun(t)) {
                return false;
            }
        }
        return true;
    }

    private SpeakerResolver.Speaker nameOpeningAt(Sentence s, int start, int before) {
        int end = start;
        while (end < before) {
            Token t = s.token(end);
            // "Democratic candidate Ann Cole, ...": a capitalised modifier the tagger left out of the name, and a noun
            // that speaks right before the name, are part of it too.
            boolean nominal = doc.mention(s, end) != null || vocabulary.isTitle(t) || vocabulary.isAgentNoun(t)
                    || Grammar.isPossessiveMarker(t) || (end == start && Grammar.DEFINITE.contains(t.lower()))
                    || (t.isWord() && t.isCapitalized() && !Grammar.isPronoun(t))
                    || (end > start && t.isLowercaseWord() && vocabulary.isSpeakerNoun(t) && doc.mention(s, end + 1) != null)
                    || (end > start && t.isLowercaseWord() && modifiesARoleBeforeAName(s, end));
            if (!nominal && !(end == start && Grammar.isPronoun(s, new PhraseReader.Unit(start, start + 1)))) {
                break;
            }
            end++;
        }
        if (end == start || end >= before) {
            return null;
        }
        if (s.token(end).text().equals(",")) {
            return subjectBeforeAppositives(s, start, end, before);
        }
        Token last = s.token(end - 1);
        Token next = s.token(end);
        boolean headIsNominal = doc.mention(s, end - 1) != null || vocabulary.isTitle(last)
                || vocabulary.isAgentNoun(last) || Grammar.PERSON_PRONOUNS.contains(last.lower())
                || isGroupPronounAlone(s, start, end);
        // "The Gazette and the Harbour Times filed a motion, arguing ...": a second subject after "and" followed by the
        // verb makes both the subject; the first stands for both, as it does for "X and Y said" (PhraseReader).
        boolean joined = next.is("and") && doc.mention(s, end - 1) != null
                && subjectOpeningAt(s, end + 1, before) != null;
        return headIsNominal && (isVerbLike(next) || joined) ? speakers.of(s, new PhraseReader.Unit(start, end)) : null;
    }

    /**
     * "Meanwhile, it attacked Trump, saying ...", "They rejected the offer, saying ...": a subject that is "it",
     * "they" or "we" alone is who speaks the participle as "he" or "she" is (the resolver finds whom it stands for).
     */
    private static boolean isGroupPronounAlone(Sentence s, int start, int end) {
        return end - start == 1 && GROUP_PRONOUNS.contains(s.token(start).lower());
    }

    /**
     * "Democratic presidential nominee Ann Cole": a lowercase word right before a title or a noun that speaks, which the
     * name follows, modifies that role; it is part of the name's phrase, not the verb after it.
     */
    private boolean modifiesARoleBeforeAName(Sentence s, int k) {
        Token role = s.at(k + 1);
        // Not an adverb before a verb that is a noun too ("Trump repeatedly accused Rafael Cruz": "the accused").
        return !Grammar.isFunctionWord(s.token(k)) && !Grammar.isAdverb(s.token(k)) && role != null
                && !reader.isVerbLike(s, k + 1) && (vocabulary.isTitle(role) || vocabulary.isAgentNoun(role) || vocabulary.isSpeakerNoun(role))
                && doc.mention(s, k + 2) != null;
    }

    /** A verb or an auxiliary: not a word that continues a noun phrase or starts another clause. */
    static boolean isVerbLike(Token next) {
        String n = next.lower();
        return next.isLowercaseWord() && !Grammar.DETERMINERS.contains(n)
                && !Grammar.PREPOSITIONS.contains(n) && !Grammar.CONJUNCTIONS.contains(n)
                && !Grammar.SUBORDINATORS.contains(n) && !Grammar.isPronoun(next);
    }

    /**
     * "X, the harbour master, toured the docks and said ...": the name that opens the sentence, across the
     * appositives after it (see {@link PhraseReader#nameBeforeAppositives}), when a verb follows them.
     */
    private SpeakerResolver.Speaker subjectBeforeAppositives(Sentence s, int start, int comma, int before) {
        for (int k = comma + 1; k + 1 < before; k++) {
            if (!s.token(k).text().equals(",") || !isVerbLike(s.token(k + 1))) {
                continue;
            }
            PhraseReader.Unit name = reader.nameBeforeAppositives(s, k + 1);
            if (name == null && isAsideAfterName(s, start, comma, k)) {
                // "X, in particular, toured the docks and said ...", "X, like the governor, has ... but has said".
                return speakers.of(s, new PhraseReader.Unit(start, comma));
            }
            return name != null && name.start() == start ? speakers.of(s, name) : null;
        }
        return null;
    }

    /** A short prepositional aside between commas [comma, close] right after the name the sentence opens with. */
    private boolean isAsideAfterName(Sentence s, int start, int comma, int close) {
        NameMention m = doc.mention(s, comma - 1);
        boolean person = m != null && m.type == EntityType.PERSON;
        return m != null && m.type != EntityType.LOCATION && reader.isAsidePhrase(s, comma + 1, close, person);
    }
}
