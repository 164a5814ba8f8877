package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.List;
import java.util.Set;

/**
 * Where the words a reporting verb reports begin and end, as characters of the clean text: after the verb ("said
 * (that) ..."), before it ("..., X said."), up to the sentence end, a clause with a speaker of its own, or ", according
 * to"; trimmed of the sentence's own punctuation, and too short to be a claim under two words.
 */
final class ReportedSpans {
    /** Tokens between a verb and "that" or a quote ("said Dec. 17 that", "told reporters in Kabul that"). */
    static final int MAX_TOKENS_BEFORE_COMPLEMENT = 10;

    private static final int MIN_CONTENT_WORDS = 2;

    /** "in a statement on its website": what may follow a final reporting verb. */
    private static final int MAX_CIRCUMSTANCE_TOKENS = 6;

    /** Words in -ing that are no participle: "..., she said, nothing more." */
    private static final Set<String> ING_NOUNS = Set.of("nothing", "something", "anything", "everything", "thing",
            "things", "morning", "evening", "meeting", "building", "king", "spring", "string", "during");

    /** "said, most recently in an interview with the Gazette on Monday, that": the longest aside before "that". */
    private static final int MAX_ASIDE_BEFORE_THAT = 16;

    /** Modal verbs that carry on a clause after an interruption: "The ferry, according to X, will run ...". */
    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final ReportingVerbUse verbUse;

    ReportedSpans(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, ReportingVerbUse verbUse) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.verbUse = verbUse;
    }

    /**
     * Whether the verb ends its clause, apart from a time or a short circumstance: "..., the minister said.",
     * "..., X announced Friday.", "..., X said in a statement."
     */
    boolean endsClause(Sentence s, int i) {
        int k = i;
        while (k < s.size() && doc.isTime(s, k)) {
            k++;
        }
        Token next = s.at(k);
        if (next != null && Grammar.PREPOSITIONS.contains(next.lower())) {
            int end = k + 1;
            while (end < s.size() && !Grammar.isPunctuation(s.token(end)) && end - k <= MAX_CIRCUMSTANCE_TOKENS) {
                end++;
            }
            k = end;
        }
        next = s.at(k);
        return next == null || next.text().equals(".") || next.text().equals("!") || next.text().equals(";")
                || (Grammar.isCloseQuote(next) && s.at(k + 1) == null) || opensAdverbialClause(s, k)
                || opensParticipleClause(s, k);
    }

    /**
     * ", citing the budget", ", referring to ...": a comma and a participle, which tells what the speaker did while
     * saying it (a claim of its own when a cue), not what was said: "“...” to fill the coffers, she said, citing ...".
     */
    private static boolean opensParticipleClause(Sentence s, int k) {
        Token comma = s.at(k);
        Token participle = s.at(k + 1);
        return comma != null && comma.text().equals(",") && participle != null && participle.isLowercaseWord()
                && participle.lower().endsWith("ing") && participle.text().length() > 4
                && !ING_NOUNS.contains(participle.lower());
    }

    /**
     * "It would take two weeks, he said, and the delay could hurt ...": a comma and "and" or "but" right after an
     * attribution set inside the sentence go on with the writer's sentence; what was said is the clause before the
     * attribution, as when the attribution ends the sentence.
     */
    static boolean opensCoordinateClause(Sentence s, int k) {
        Token comma = s.at(k);
        Token conjunction = s.at(k + 1);
        return comma != null && comma.text().equals(",") && conjunction != null
                && (conjunction.is("and") || conjunction.is("but"));
    }

    /** ", as ...", ", while ...": a comma and a clause of time, reason or contrast, which tells when, not what. */
    private static boolean opensAdverbialClause(Sentence s, int k) {
        Token comma = s.at(k);
        Token conjunction = s.at(k + 1);
        return comma != null && comma.text().equals(",") && conjunction != null
                && Grammar.ADVERBIAL_SUBORDINATORS.contains(conjunction.lower());
    }

    /** Reported speech after the verb, as [begin, end) characters, or null if too short. */
    int[] reportedAfter(Sentence s, int cueEnd) {
        int start = cueEnd;
        int that = -1;
        for (int k = cueEnd; k < Math.min(s.size(), cueEnd + MAX_TOKENS_BEFORE_COMPLEMENT); k++) {
            Token t = s.token(k);
            if (t.is("that") && (s.at(k + 1) == null || Set.of(".", "!", "?", ";").contains(s.token(k + 1).text()))) {
                break; // "said the tolls could change that.": a pronoun ending the clause, not its complementiser
            }
            if (t.is("that") || t.text().equals(":")) {
                that = k;
                break;
            }
            if (Grammar.isPunctuation(t) || verbUse.verbCueAt(s, k) != null) {
                break;
            }
        }
        if (that < 0) {
            that = thatAfterAside(s, cueEnd);
        }
        if (that >= 0) {
            start = that + 1;
        } else {
            start = skipCircumstances(s, start);
        }
        int end = start;
        boolean circumstance = inOpeningClauseOfTime(s, cueEnd);
        while (end < s.size() && !endsReportedSpeech(s, end) && !(circumstance && closesOpeningClause(s, end))) {
            end++;
        }
        return span(s, start, end);
    }

    /** Nouns of time that, after "The" opening a sentence, take a clause without "when": "The day X announced ...,". */
    private static final Set<String> TIME_NOUNS = Set.of("day", "morning", "afternoon", "evening", "night", "week",
            "month", "year", "moment", "minute", "hour");

    /**
     * "While a judge found the law unlawful, his ruling was overturned", "The morning X unveiled the plan, he
     * called ...": a verb in a clause of time, reason or contrast that opens the sentence (a subordinator, or "The"
     * and a noun of time, first, and no comma before the verb) says only what is in that clause; the comma that
     * closes it opens the writer's main clause.
     */
    private static boolean inOpeningClauseOfTime(Sentence s, int cueEnd) {
        Token first = s.at(0);
        if (first == null) {
            return false;
        }
        // Not "As X put it, ...", "As stated in the memo, ...": there what was said is the main clause after the comma.
        boolean opener = (Grammar.ADVERBIAL_SUBORDINATORS.contains(first.lower()) && !first.is("as")) || (first.is("the")
                && s.at(1) != null && TIME_NOUNS.contains(s.token(1).lower()));
        if (!opener) {
            return false;
        }
        for (int k = 1; k < cueEnd && k < s.size(); k++) {
            if (Grammar.isPunctuation(s.token(k))) {
                return false;
            }
        }
        return true;
    }

    /** A comma that may close an opening clause: not one before a relative pronoun ("the plan, which ..."). */
    private static boolean closesOpeningClause(Sentence s, int k) {
        Token next = s.at(k + 1);
        return s.token(k).text().equals(",") && next != null && !Set.of("which", "who", "whose", "where")
                .contains(next.lower());
    }

    /**
     * "X said, in an interview on Monday, that ...", "X insists, most recently on Friday, that ...": an aside set off
     * by commas right after the verb (token cueEnd the first comma), with no other punctuation, quote or verb of
     * saying in it, before "that": the index of that "that", which opens what was said, or -1.
     */
    private int thatAfterAside(Sentence s, int cueEnd) {
        Token comma = s.at(cueEnd);
        if (comma == null || !comma.text().equals(",")) {
            return -1;
        }
        for (int k = cueEnd + 1; k < Math.min(s.size() - 1, cueEnd + MAX_ASIDE_BEFORE_THAT); k++) {
            Token t = s.token(k);
            if (t.text().equals(",")) {
                return k > cueEnd + 1 && s.token(k + 1).is("that") ? k + 1 : -1;
            }
            if (Grammar.isPunctuation(t) || Grammar.isOpenQuote(t) || verbUse.verbCueAt(s, k) != null) {
                return -1;
            }
        }
        return -1;
    }

    /** Skips what sets the scene of the statement rather than saying something: times, "in Kabul", a comma. */
    int skipCircumstances(Sentence s, int k) {
        while (k < s.size()) {
            Token t = s.token(k);
            if (doc.isTime(s, k) || t.text().equals(",") || t.text().equals(":")) {
                k++;
            } else if ((t.is("in") || t.is("at") || t.is("on")) && s.at(k + 1) != null) {
                NameMention place = doc.mention(s, k + 1);
                if (place != null && place.type == EntityType.LOCATION && !place.isDemonym()) {
                    k = place.end;
                } else if (doc.isTime(s, k + 1)) {
                    k++;
                } else {
                    return k;
                }
            } else {
                return k;
            }
        }
        return k;
    }

    /**
     * Reported speech ends at the sentence end, at "and said ...", at "but she denied ..." (a clause with its own
     * speaker and reporting verb) or at ", according to".
     */
    private boolean endsReportedSpeech(Sentence s, int k) {
        Token t = s.token(k);
        if (t.text().equals(";")) {
            return true;
        }
        if ((t.is("and") || t.is("but")) && s.at(k + 1) != null) {
            int next = k + 1;
            while (next < s.size() && Grammar.isAdverb(s.token(next))) {
                next++;
            }
            return next < s.size() && (verbUse.verbCueAt(s, next) != null || opensAttributedClause(s, next)
                    || (t.is("and") && s.token(next).isLowercaseWord() && vocabulary.isBaseFormCue(s.token(next).lower())));
        }
        if (t.text().equals(",")) {
            PhraseMatcher.Match<Vocabulary.CueKind> cue = vocabulary.cues.longestAt(s, k + 1);
            // ", according to ..." names a source; ", adding that ..." starts the next claim.
            return cue != null && (cue.value() == Vocabulary.CueKind.SOURCE
                    || (verbUse.verbCueAt(s, k + 1) != null && verbUse.isParticiple(s, k + 1)));
        }
        return false;
    }

    /**
     * "..., but she denied that ...", "... and the mayor insisted ...": a subject at token k, a pronoun or a noun
     * phrase that can speak, followed (across adverbs and auxiliaries) by a reporting verb opens a clause attributed
     * to someone of its own, no longer part of what the verb before said.
     */
    private boolean opensAttributedClause(Sentence s, int k) {
        Token first = s.token(k);
        PhraseReader.Unit subject = Grammar.PERSON_PRONOUNS.contains(first.lower()) || first.is("they")
                ? new PhraseReader.Unit(k, k + 1) : reader.readRightUnit(s, k);
        if (subject == null) {
            return false;
        }
        Token head = s.token(subject.head());
        boolean speaks = (subject.end() - subject.start() == 1 && Grammar.isPronoun(head))
                || doc.mention(s, subject.head()) != null || vocabulary.isSpeakerNoun(head);
        int verb = Grammar.skipAuxiliariesRight(s, subject.end());
        return speaks && verb < s.size() && verbUse.verbCueAt(s, verb) != null && verbUse.isReportingUse(s, verb)
                && !verbUse.isParticiple(s, verb);
    }

    /** Reported speech before ", X said": from the clause start (after any earlier claim) to the comma. */
    int[] reportedBefore(Sentence s, int commaIndex, List<ClaimExtractor.Found> earlier) {
        int start = 0;
        if (!earlier.isEmpty()) {
            start = s.tokenAtOrAfter(earlier.get(earlier.size() - 1).end());
        }
        while (start < commaIndex && (Grammar.isQuote(s.token(start)) || s.token(start).text().equals(","))) {
            start++;
        }
        return span(s, start, commaIndex);
    }

    /**
     * Whether token k goes on with the clause interrupted before it: a verb (an auxiliary, a modal, a reporting or
     * light verb) or "and"/"but" opening the next clause; not a noun phrase, which would describe the source ("head
     * of the institute"), nor a participle ("compared with ...", an adjunct as likely said by the writer).
     */
    boolean continuesTheClause(Sentence s, int k) {
        Token t = s.at(k);
        if (t == null || !t.isLowercaseWord()) {
            return false;
        }
        String w = t.lower();
        return Grammar.AUXILIARIES.contains(w) || w.equals("and") || w.equals("but")
                || reader.isVerbLike(s, k);
    }

    int contentEnd(Quote q) {
        return trimEnd(q.innerBegin(), q.innerEnd());
    }

    /** Characters [begin, end) of tokens [from, to), trimmed of closing punctuation; null if too short. */
    int[] span(Sentence s, int from, int to) {
        if (from >= to || from >= s.size()) {
            return null;
        }
        int begin = s.token(from).begin();
        int end = trimEnd(begin, s.token(Math.min(to, s.size()) - 1).end());
        if (end <= begin || (doc.substring(begin, end).split("\\s+").length < MIN_CONTENT_WORDS
                && !isSoForTheClauseBefore(s, from, to))) {
            return null;
        }
        return new int[]{begin, end};
    }

    /**
     * "Will the ferry run by May? She does not think so.": "so" alone, right after a word (the verb) and ending the
     * sentence, stands for the clause asked or said before; annotators mark it as the content.
     */
    private static boolean isSoForTheClauseBefore(Sentence s, int from, int to) {
        Token before = s.at(from - 1);
        Token after = s.at(from + 1);
        boolean endsSentence = after == null || (after.text().equals(".") && after.index() == s.size() - 1);
        return to <= from + 2 && s.token(from).is("so") && before != null && before.isWord() && endsSentence;
    }

    /** Drops trailing spaces and sentence punctuation that belongs to the surrounding sentence. */
    int trimEnd(int begin, int end) {
        while (end > begin) {
            char c = doc.text.charAt(end - 1);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || (c == '.' && !endsWithAbbreviation(begin, end))) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    /** "U.S." at the end keeps its period. */
    private boolean endsWithAbbreviation(int begin, int end) {
        return end - begin >= 3 && doc.text.charAt(end - 3) == '.' && Character.isUpperCase(doc.text.charAt(end - 2));
    }
}
