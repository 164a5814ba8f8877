package io.mediamon.extractor.nlp;

import java.util.List;
import java.util.Set;

/**
 * Verbs that report only beside a quote or a colon: "Smith continued: “...”" (the talks that continued report
 * nothing), "“...,” the letter read." (X who read the letter reports nothing) and "Critics might say: “...”" (a verb
 * after a modal reports nothing otherwise).
 */
final class CuesBesideQuotes {
    /** Verbs that report speech only next to what was said: "Smith continued:", "“...,” she continued". */
    private static final Set<String> COLON_CUES = Set.of("continued", "continues");

    /** Writings whose words "read" gives, besides the messages: "“...,” the article read." */
    private static final Set<String> READ_WRITINGS = Set.of("article", "report", "headline", "caption", "sign");
    private static final Set<String> READ_FORMS = Set.of("read", "reads");
    private static final Set<String> READ_DETERMINERS = Set.of("the", "a", "his", "her", "its", "their", "this");

    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final ReportingVerbUse verbUse;
    private final ReportedSpans spans;
    private final AttributedQuotes attributedQuotes;

    CuesBesideQuotes(Vocabulary vocabulary, PhraseReader reader, ReportingVerbUse verbUse, ReportedSpans spans,
            AttributedQuotes attributedQuotes) {
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.verbUse = verbUse;
        this.spans = spans;
        this.attributedQuotes = attributedQuotes;
    }

    /**
     * "Smith continued: “...”", "Smith continued, “...”", "“...,” she continued.": a verb that reports only when a
     * colon or a quote follows it or a quote closes right before its subject ("the talks continued" says nothing of
     * anyone's words); the end of the cue at token i, or -1.
     */
    int colonCueEnd(Sentence s, int i) {
        if (!COLON_CUES.contains(s.token(i).text())) {
            return -1;
        }
        Token next = s.at(i + 1);
        if (next != null && next.text().equals(":") || attributedQuotes.quoteAfter(s, i + 1) != null) {
            return i + 1;
        }
        List<PhraseReader.Unit> subject = reader.subjectOf(s, i);
        return !subject.isEmpty() && attributedQuotes.quoteClosingBefore(s, subject.get(0).start()) != null ? i + 1 : -1;
    }

    /**
     * "“...,” the letter reads.", "“...,” the statement read.": "read" after a message or writing ("the letter", "its
     * statement") that a quote closing with its comma comes right before, the clause ending there, gives the words the
     * message holds; its writer is named elsewhere, the message is the source. Any other "read" ("X read the letter
     * aloud") is no cue.
     */
    boolean isQuoteAMessageReads(Sentence s, int i) {
        Token verb = s.token(i);
        Token noun = s.at(i - 1);
        Token determiner = s.at(i - 2);
        if (!READ_FORMS.contains(verb.lower()) || !verb.isLowercaseWord() || noun == null || determiner == null
                || !noun.isLowercaseWord() || !(ParticipleClaims.MESSAGE_NOUNS.contains(noun.lower())
                || READ_WRITINGS.contains(noun.lower())) || !READ_DETERMINERS.contains(determiner.lower())) {
            return false;
        }
        int k = i - 3;
        while (k > 0 && (Grammar.closesQuotes(s.token(k)) || s.token(k).text().equals("'"))) {
            k--; // "‘the rescue of the decade,'” the article read": a quote inside closes with it
        }
        return k < i - 3 && s.token(k).text().equals(",") && spans.endsClause(s, i + 1);
    }

    /**
     * "A reader would now ask: “Why ...?”", "Critics might say: “...”": a verb of saying after a modal reports nothing
     * said ("X might ask the board"), except when a colon and a quote follow it: the quote is the words the speaker,
     * imagined or expected, says.
     */
    boolean isModalCueBeforeAColonQuote(Sentence s, int i) {
        Token verb = s.token(i);
        Token colon = s.at(i + 1);
        Token modal = s.at(Grammar.skipAdverbsLeft(s, i - 1));
        return verb.isLowercaseWord() && (verbUse.isBaseFormVerbCue(s, i) || vocabulary.isBaseFormCue(verb.lower()))
                && colon != null && colon.text().equals(":") && modal != null && modal.isLowercaseWord()
                && ReportingVerbUse.MODALS.contains(modal.lower()) && !verbUse.insideQuote(s, i)
                && attributedQuotes.quoteAfter(s, i + 1) != null;
    }
}
