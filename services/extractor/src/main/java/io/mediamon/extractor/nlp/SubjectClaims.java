package io.mediamon.extractor.nlp;

import io.mediamon.schema.ClaimKind;
import io.mediamon.schema.EntityType;

import java.util.List;

/**
 * Claims whose speaker is the subject before the reporting verb: "X said (that) ...", "“...,” he said.", "..., X
 * said.", "..., as X said.", "X added:" before a paragraph of what was said, and "The ferry, the mayor said, will
 * run ..." (an attribution that interrupts what was said).
 */
final class SubjectClaims {
    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final SpeakerResolver speakers;
    private final ReportedSpans spans;
    private final AttributedQuotes attributedQuotes;

    SubjectClaims(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, SpeakerResolver speakers,
            ReportedSpans spans, AttributedQuotes attributedQuotes) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.speakers = speakers;
        this.spans = spans;
        this.attributedQuotes = attributedQuotes;
    }

    /** "X said (that) ...", "“...,” he said.", "..., X said.": the speaker is the subject before the verb. */
    ClaimExtractor.Found subjectClaim(Sentence s, ClaimExtractor.Cue cue, List<ClaimExtractor.Found> earlier) {
        List<PhraseReader.Unit> subject = reader.subjectOf(s, cue.start(), true);
        SpeakerResolver.Speaker speaker = null;
        int subjectStart = cue.start();
        if (!subject.isEmpty()) {
            PhraseReader.Unit unit = subject.get(0);
            subjectStart = unit.start();
            Quote quoteBefore = attributedQuotes.quoteClosingBefore(s, subjectStart);
            if (quoteBefore == null) {
                quoteBefore = attributedQuotes.shortQuoteOpening(s, subjectStart, cue.end());
            }
            speaker = quoteBefore != null && Grammar.isPronoun(s, unit) ? speakers.pronounBefore(s, unit, quoteBefore)
                    : speakers.of(s, unit);
            SpeakerResolver.Speaker described = describedByAContactClause(s, unit);
            if (described != null) {
                speaker = described;
            }
            int spokesperson = spokespersonBefore(s, unit);
            if (spokesperson >= 0 && speaker.referent() != null
                    && speaker.referent().type() == EntityType.ORGANIZATION) {
                subjectStart = spokesperson;
                String text = doc.substring(s.token(spokesperson).begin(), s.token(unit.end() - 1).end());
                speaker = SpeakerResolver.Speaker.forOrganisation(speaker.referent(), text);
            }
            if (quoteBefore != null) {
                return cue.quoted(speaker, quoteBefore, spans);
            }
            Quote question = subjectStart == 0 ? attributedQuotes.questionEndingSentenceBefore(s) : null;
            Token next = s.at(cue.end());
            if (question != null && (spans.endsClause(s, cue.end()) || (next != null && next.text().equals(",")))) {
                // "“Why would we pay?” she said.": the attribution opens its own sentence, the quote closed the one before.
                return cue.quoted(Grammar.isPronoun(s, unit) ? speakers.pronounBefore(s, unit, question) : speaker,
                        question, spans);
            }
        }
        Quote quoteAfter = attributedQuotes.quoteAfter(s, cue.end());
        if (quoteAfter != null) {
            return cue.quoted(speaker, quoteAfter, spans);
        }
        Token beforeSubject = s.at(subjectStart - 1);
        if ((spans.endsClause(s, cue.end()) || ReportedSpans.opensCoordinateClause(s, cue.end()))
                && !isIntentionBeforeItsInfinitive(s, cue) && beforeSubject != null
                && (beforeSubject.text().equals(",") || closesAQuotedPhraseWithItsComma(s, subjectStart - 1))) {
            return cue.reported(speaker, spans.reportedBefore(s, subjectStart - 1, earlier));
        }
        if (speaker != null && spans.endsClause(s, cue.end()) && isAsAfterComma(s, subjectStart - 1)) {
            // "..., as X said.", "..., as a memo put it.": the clause before "as" is what was said
            return cue.reported(speaker, spans.reportedBefore(s, subjectStart - 2, earlier));
        }
        if (endsInColon(s, cue.end())) {
            return nextParagraph(cue, speaker, s);
        }
        ClaimExtractor.Found interrupted = earlier.isEmpty() ? interruptedClaim(s, cue, speaker, subjectStart) : null;
        if (interrupted != null) {
            return interrupted;
        }
        return cue.reported(speaker, spans.reportedAfter(s, cue.end()));
    }

    /**
     * "All the pilots I interviewed said ...": the speaker is the phrase a relative clause with no "that" describes,
     * written with its clause ("all the pilots I interviewed", who they are); null when the subject read is no such
     * clause's verb.
     */
    private SpeakerResolver.Speaker describedByAContactClause(Sentence s, PhraseReader.Unit unit) {
        PhraseReader.Unit antecedent = reader.antecedentOfContactClause(s, unit);
        if (antecedent == null) {
            return null;
        }
        SpeakerResolver.Speaker head = speakers.of(s, antecedent);
        String text = doc.substring(s.token(antecedent.start()).begin(), s.token(unit.end() - 1).end());
        return new SpeakerResolver.Speaker(head.referent(), text, head.kind(), head.organisation());
    }

    /**
     * "A spokesman for the Ministry of Finance insisted": the organisation read as the subject is the one a
     * description before "for" speaks for; the start of that description ("A spokesman"), or -1.
     */
    private int spokespersonBefore(Sentence s, PhraseReader.Unit unit) {
        Token preposition = s.at(unit.start() - 1);
        Token noun = s.at(unit.start() - 2);
        if (preposition == null || !preposition.is("for") || noun == null || !noun.isLowercaseWord()
                || !vocabulary.isSpeakerNoun(noun)) {
            return -1;
        }
        Token determiner = s.at(unit.start() - 3);
        return determiner != null && Grammar.DETERMINERS.contains(determiner.lower()) ? unit.start() - 3
                : unit.start() - 2;
    }

    /**
     * "After the vote, the board hopes to raise the tolls.": "to" after a verb of intention opens what is intended
     * (an infinitive), not a circumstance ending the clause ("..., the board said to reporters."); the text before
     * the comma is then an opening phrase, not what was said.
     */
    private boolean isIntentionBeforeItsInfinitive(Sentence s, ClaimExtractor.Cue cue) {
        Token to = s.at(cue.end());
        return to != null && to.is("to")
                && vocabulary.claimKind(ReportingVerbUse.reportingVerbOf(cue.text())) == ClaimKind.INTENTION;
    }

    /**
     * "The vote was a “disgrace to the council,” she added.": a quoted phrase too short to be a statement of its own,
     * its closing mark after the comma, ends the clause said before the attribution, as a comma does.
     */
    private boolean closesAQuotedPhraseWithItsComma(Sentence s, int k) {
        return k > 0 && Grammar.isCommaClosingAQuote(s, k) && attributedQuotes.quoteClosingBefore(s, k + 1) == null;
    }

    /** Whether token k is "as" right after a comma: "..., as X said." */
    private static boolean isAsAfterComma(Sentence s, int k) {
        Token as = s.at(k);
        Token comma = s.at(k - 1);
        return as != null && as.is("as") && comma != null && comma.text().equals(",");
    }

    /** "He said:" closing its paragraph: a colon and nothing after the verb (or an opening quote mark alone). */
    private static boolean endsInColon(Sentence s, int cueEnd) {
        Token colon = s.at(cueEnd);
        Token after = s.at(cueEnd + 1);
        return colon != null && colon.text().equals(":")
                && (after == null || (Grammar.isOpenQuote(after) && s.at(cueEnd + 2) == null));
    }

    /**
     * "Smith added:" at the end of a paragraph introduces the next paragraph, the words said (a quote, or a passage
     * set apart without quotation marks); nothing when the text ends there.
     */
    private ClaimExtractor.Found nextParagraph(ClaimExtractor.Cue cue, SpeakerResolver.Speaker speaker, Sentence s) {
        if (s.index() + 1 >= doc.sentences.size()) {
            return null;
        }
        Sentence first = doc.sentences.get(s.index() + 1);
        int end = first.end();
        for (int k = first.index() + 1; k < doc.sentences.size(); k++) {
            Sentence next = doc.sentences.get(k);
            if (doc.substring(end, next.begin()).contains("\n\n")) {
                break;
            }
            end = next.end();
        }
        Quote quote = Grammar.isOpenQuote(first.token(0)) ? attributedQuotes.quoteOpeningAt(first.token(0).begin()) : null;
        if (quote != null && quote.isStatement(doc.text) && quote.close() < end) {
            return cue.quoted(speaker, quote, spans);
        }
        int begin = Grammar.isOpenQuote(first.token(0)) && first.size() > 1 ? first.token(1).begin() : first.begin();
        int trimmed = spans.trimEnd(begin, end);
        while (trimmed > begin && "”\"".indexOf(doc.text.charAt(trimmed - 1)) >= 0) {
            trimmed = spans.trimEnd(begin, trimmed - 1);
        }
        boolean quoted = Grammar.isOpenQuote(first.token(0));
        return trimmed > begin ? new ClaimExtractor.Found(cue.offset(), cue.text(), speaker, begin, trimmed, quoted)
                : null;
    }

    /**
     * "The new ferry, the mayor said, will run again by May.", "Fares, she said, will double by May.": an
     * attribution set off by commas inside the sentence interrupts what was said, which is the text on both sides,
     * the attribution left out and the gap marked ("The new ferry … will run again by May"). Only when the text
     * before opens the sentence in one piece (no comma, quote or colon in it) and what follows the second comma goes
     * on with the sentence (a verb, "and"/"but"); null otherwise.
     */
    private ClaimExtractor.Found interruptedClaim(Sentence s, ClaimExtractor.Cue cue, SpeakerResolver.Speaker speaker,
            int subjectStart) {
        Token comma = s.at(cue.end());
        Token opening = s.at(subjectStart - 1);
        Token next = s.at(cue.end() + 1);
        if (comma == null || opening == null || next == null || !comma.text().equals(",")
                || !opening.text().equals(",") || subjectStart < 2
                || !spans.continuesTheClause(s, cue.end() + 1)) {
            return null;
        }
        for (int k = 0; k < subjectStart - 1; k++) {
            Token t = s.token(k);
            if (Grammar.isQuote(t) || t.text().equals(":") || t.text().equals(";") || t.text().equals(",")) {
                return null; // "X met Y, who works for Z and, X said, has ...": the interrupted clause is Y's relative
            }
        }
        int[] rest = spans.reportedAfter(s, cue.end());
        if (rest == null) {
            return null;
        }
        return new ClaimExtractor.Found(cue.offset(), cue.text(), speaker, s.token(0).begin(), rest[1], false,
                new ClaimExtractor.Gap(s.token(subjectStart - 2).end(), rest[0]));
    }
}
