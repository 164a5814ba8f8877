package io.mediamon.extractor.nlp;

import java.util.Set;

/**
 * The quote a reporting verb attributes: the statement quote right after the verb ("said: “...”"), the one closing
 * right before its subject ("“...,” she said"), or a question that ended the sentence before ("“Why?” she asked.").
 * Quotes that are titles or phrases set off inside a sentence are not statements.
 */
final class AttributedQuotes {
    private static final int MAX_TOKENS_TO_OWN_ATTRIBUTION = 4;

    private final AnalyzedText doc;
    private final ReportingVerbUse verbUse;

    AttributedQuotes(AnalyzedText doc, ReportingVerbUse verbUse) {
        this.doc = doc;
        this.verbUse = verbUse;
    }

    /**
     * "“Why would we pay more?” she said.": the sentence splitter ends a sentence at a question or exclamation mark
     * inside a quote, so the attribution after it opens a sentence of its own. The statement quote that closes the
     * sentence before s in the same paragraph, when it ends in "?" or "!"; else null.
     */
    Quote questionEndingSentenceBefore(Sentence s) {
        if (s.index() == 0) {
            return null;
        }
        Sentence before = doc.sentences.get(s.index() - 1);
        Token last = before.token(before.size() - 1);
        if (!Grammar.isCloseQuote(last) || doc.substring(last.end(), s.begin()).contains("\n")) {
            return null;
        }
        for (Quote q : doc.quotes) {
            // A question of a word or two is no statement by itself, unless it is the whole sentence ("“You winning?”").
            if (q.close() == last.begin() && (q.isStatement(doc.text) || q.open() == before.begin())) {
                String inner = doc.substring(q.innerBegin(), q.innerEnd()).strip();
                return inner.endsWith("?") || inner.endsWith("!") ? q : null;
            }
        }
        return null;
    }

    /** Whether a reporting verb follows the quote closely (“...,” she said). */
    boolean hasOwnAttribution(Sentence s, Quote q) {
        int k = s.tokenAtOrAfter(q.close() + 1);
        for (int end = Math.min(s.size(), k + MAX_TOKENS_TO_OWN_ATTRIBUTION); k < end; k++) {
            if (verbUse.verbCueAt(s, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** A statement quote whose closing mark is right before the phrase at token i (", ” he said"), or null. */
    Quote quoteClosingBefore(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && s.token(k).text().equals(",")) {
            k--;
        }
        if (k < 0 || !Grammar.closesQuotes(s.token(k))) {
            return null;
        }
        Token mark = s.token(k);
        for (Quote q : doc.quotes) {
            if (q.close() >= mark.begin() && q.close() < mark.end() && q.isStatement(doc.text)) {
                return isTitleInSentence(s, q) ? null : q;
            }
        }
        return null;
    }

    /**
     * "“I would,” Paula said.": a quote of one or two words is mostly a phrase set off in the sentence ("called the
     * tolls “too high,”"), so it is no statement by itself; one that opens the sentence and closes with its own comma,
     * "?" or "!" right before the subject of the attribution is what was said. Not when the attribution goes on into
     * another quote ("“My hope,” she said, “is that ...”": that one holds the words said). Null otherwise.
     */
    Quote shortQuoteOpening(Sentence s, int subjectStart, int cueEnd) {
        Token mark = s.at(subjectStart - 1);
        if (mark == null || !Grammar.closesQuotes(mark) || quoteAfter(s, cueEnd) != null) {
            return null;
        }
        for (Quote q : doc.quotes) {
            if (q.close() >= mark.begin() && q.close() < mark.end()) {
                String inner = doc.substring(q.innerBegin(), q.innerEnd()).strip();
                boolean punctuated = inner.endsWith(",") || inner.endsWith("?") || inner.endsWith("!");
                return punctuated && q.open() == s.begin() ? q : null;
            }
        }
        return null;
    }

    /**
     * "In an interview on the channel's “Morning Show,” X said ...": a quote after a preposition or a possessive is a
     * title inside the sentence, not the words said. (After another word it may be: "Y “is the only candidate
     * ...,” said X" quotes part of a clause.)
     */
    private boolean isTitleInSentence(Sentence s, Quote q) {
        int open = s.tokenAtOrAfter(q.open());
        Token before = open < s.size() && s.token(open).begin() == q.open() ? s.at(open - 1) : null;
        if (before == null) {
            return false;
        }
        return Grammar.isPossessiveMarker(before) || Grammar.PREPOSITIONS.contains(before.lower())
                || (before.text().equals(",") && isInTitleCase(s, open, s.tokenAtOrAfter(q.innerEnd())))
                || isTitleOfAWork(s, open, q) || continuesAListOfPhrases(s, open - 1);
    }

    /**
     * "as X went on about “...,” and “...,” Y said yes": a quote after "and" or "or" whose word before closes a
     * quote that is itself a phrase inside the sentence (after a preposition, or the list's earlier item) is the
     * next item of that list, governed by the same word, and no more the words said than the first item.
     */
    private boolean continuesAListOfPhrases(Sentence s, int conjunction) {
        Token and = s.at(conjunction);
        Token closing = s.at(conjunction - 1);
        if (and == null || !(and.is("and") || and.is("or")) || closing == null || !Grammar.closesQuotes(closing)) {
            return false;
        }
        for (Quote earlier : doc.quotes) {
            if (earlier.close() >= closing.begin() && earlier.close() < closing.end()) {
                return isTitleInSentence(s, earlier);
            }
        }
        return false;
    }

    /** Words of four letters or more, at least this many, all capitalised make a title ("Ferries of the North"). */
    private static final int MIN_TITLE_WORDS = 2;

    /**
     * "In her 2010 book, “Ferries of the North,” X suggested ...": a quote set off by a comma inside the sentence
     * whose longer words (tokens [open, close)) are all capitalised names a work, as titles are written; the words
     * said are written as a sentence ("“the tolls will rise,” X said").
     */
    private static boolean isInTitleCase(Sentence s, int open, int close) {
        return capitalisedLongWords(s, open, close) >= MIN_TITLE_WORDS;
    }

    /** How many words of four letters or more tokens [open, close) hold, or -1 when one of them is not capitalised. */
    private static int capitalisedLongWords(Sentence s, int open, int close) {
        int words = 0;
        for (int k = open; k < close && k < s.size(); k++) {
            Token t = s.token(k);
            if (t.isWord() && t.text().length() >= 4) {
                if (!t.isCapitalized()) {
                    return -1;
                }
                words++;
            }
        }
        return words;
    }

    /** Nouns of works that have a title: "her book, “...”", "the film “...”". */
    private static final Set<String> WORKS = Set.of("book", "books", "memoir", "memoirs", "novel", "novels",
            "autobiography", "biography", "film", "films", "movie", "movies", "documentary", "song", "songs",
            "album", "play", "poem", "essay", "column", "article", "op-ed", "show", "series", "podcast", "headline");

    /**
     * "In his 2002 book, ''Make Your Kid Rich,'' X suggested ...": a quote right after the noun of a work (a comma
     * between allowed) whose words are in title case (every word of four letters or more capitalised) is the work's
     * title, not words said; "In her column, “the tolls will double,” X wrote" still quotes her.
     */
    private static boolean isTitleOfAWork(Sentence s, int open, Quote q) {
        int k = open - 1;
        if (s.token(k).text().equals(",")) {
            k--;
        }
        if (k < 0 || !WORKS.contains(s.token(k).lower())) {
            return false;
        }
        int close = s.tokenAtOrAfter(q.innerEnd());
        Token first = s.at(open + 1);
        return first != null && first.isCapitalized() && capitalisedLongWords(s, open + 1, close) >= 0;
    }

    /** "said (Dec. 17) (that|:) “...”": a statement quote opening right after the verb or its complementizer. */
    Quote quoteAfter(Sentence s, int cueEnd) {
        for (int k = cueEnd; k < Math.min(s.size(), cueEnd + ReportedSpans.MAX_TOKENS_BEFORE_COMPLEMENT + 1); k++) {
            Token t = s.token(k);
            if (Grammar.isOpenQuote(t)) {
                Token before = s.at(k - 1);
                boolean adjacent = k == cueEnd || before.is("that") || before.text().equals(":")
                        || before.text().equals(",");
                Quote q = quoteOpeningAt(t.begin());
                return adjacent && q != null && q.isStatement(doc.text) ? q : null;
            }
            if (verbUse.verbCueAt(s, k) != null || t.text().equals(";")) {
                return null;
            }
        }
        return null;
    }

    Quote quoteOpeningAt(int offset) {
        for (Quote q : doc.quotes) {
            if (q.open() == offset) {
                return q;
            }
        }
        return null;
    }
}
