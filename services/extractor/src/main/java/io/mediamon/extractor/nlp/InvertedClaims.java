package io.mediamon.extractor.nlp;

import java.util.List;
import java.util.Set;

/**
 * Attributions whose speaker follows the verb: "“...,” said X.", "..., said one senior official." and "“Who could have
 * known?” said Ann Cole." (the quote closed the sentence before). A name after ", said" that starts a clause of its
 * own, or the listener after ", told", is no such speaker.
 */
final class InvertedClaims {
    /**
     * Verbs whose object is the one spoken to: "X, 56, who chairs the council, told the Gazette ...": the name after
     * ", told" is the listener, never the speaker of an inverted attribution (", said X").
     */
    private static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "tell", "informed", "informs",
            "assured", "assures", "reminded", "reminds");

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final SpeakerResolver speakers;
    private final ReportedSpans spans;
    private final AttributedQuotes attributedQuotes;
    private final PluralSubjects pluralSubjects;
    private final ParseAdditions parseAdditions;

    InvertedClaims(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, SpeakerResolver speakers,
            ReportedSpans spans, AttributedQuotes attributedQuotes, PluralSubjects pluralSubjects,
            ParseAdditions parseAdditions) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.speakers = speakers;
        this.spans = spans;
        this.attributedQuotes = attributedQuotes;
        this.pluralSubjects = pluralSubjects;
        this.parseAdditions = parseAdditions;
    }

    /**
     * "“Who could have known?” said Ann Cole.": the verb opens its sentence, the quote closed the one before; the
     * claim of that quote when a name after the verb ends the clause, else null.
     */
    ClaimExtractor.Found afterAQuestion(Sentence s, ClaimExtractor.Cue cue) {
        Token previous = s.at(cue.start() - 1);
        Quote question = previous == null ? attributedQuotes.questionEndingSentenceBefore(s) : null;
        if (question != null) {
            PhraseReader.Unit after = reader.readRightUnit(s, cue.end());
            if (after != null && startsWithName(s, after) && spans.endsClause(s, after.end())) {
                return cue.quoted(speakers.of(s, after), question, spans);
            }
        }
        return null;
    }

    /**
     * "..., said X." and "“...,” said X.": the speaker phrase after a verb that follows a comma or a closing quote, or
     * null when the phrase after it is no speaker (tree: the parse of sentence s).
     */
    PhraseReader.Unit speakerAfter(Sentence s, ClaimExtractor.Cue cue, DependencyTree tree) {
        Token previous = s.at(cue.start() - 1);
        if (previous != null && (previous.text().equals(",") || Grammar.closesQuotes(previous))
                && !(previous.text().equals(",") && LISTENER_VERBS.contains(cue.text()))) {
            PhraseReader.Unit after = reader.readRightUnit(s, cue.end());
            boolean named = after != null && startsWithName(s, after) && (Grammar.closesQuotes(previous)
                    || !(startsClause(s, after) || pluralSubjects.holdBaseFormVerb(s, after)));
            // "X, the mayor of Y, said Z's plan ...": the comma closes an appositive of the subject, not a clause said.
            if ((named || isDescriptionEndingClause(s, after))
                    && !parseAdditions.hasParsedSubjectBefore(tree, cue.start())
                    && reader.nameBeforeAppositives(s, cue.start()) == null) {
                return after;
            }
        }
        return null;
    }

    /** "“...,” said X." and "..., said X.": the speaker follows the verb, the content precedes it. */
    ClaimExtractor.Found invertedClaim(Sentence s, ClaimExtractor.Cue cue, PhraseReader.Unit speakerPhrase, List<ClaimExtractor.Found> earlier) {
        SpeakerResolver.Speaker speaker = speakers.of(s, speakerPhrase);
        Quote quote = attributedQuotes.quoteClosingBefore(s, cue.start());
        if (quote != null) {
            return cue.quoted(speaker, quote, spans);
        }
        return cue.reported(speaker, spans.reportedBefore(s, cue.start() - 1, earlier));
    }

    /**
     * "Phil Lovas, the chairman, said he cannot comment", "Ann Cole, the mayor, said she hopes ...": a name or
     * pronoun after ", said" followed by an auxiliary, a modal or another verb is the subject of what was said, not
     * an inverted speaker ("..., said Lovas." / "..., said he, ..." / "..., said Lovas on Monday").
     */
    private boolean startsClause(Sentence s, PhraseReader.Unit unit) {
        Token next = s.at(unit.end());
        if (next == null) {
            return false;
        }
        if (Grammar.AUXILIARIES.contains(next.lower()) || next.is("cannot")) {
            return true;
        }
        // Without a tagger: a lowercase content word that is no adverb or time can only be the clause's verb here.
        return next.isLowercaseWord() && !Grammar.isFunctionWord(next) && !Grammar.isAdverb(next)
                && !doc.isTime(s, unit.end());
    }

    /**
     * "..., said one senior official in the room.": a description of someone who can speak, after the verb, that
     * ends the clause (apart from a time or a short circumstance) is the inverted speaker; "..., said the plan
     * would fail" is no speaker, and neither is "..., said officials were ..." (a clause follows).
     */
    private boolean isDescriptionEndingClause(Sentence s, PhraseReader.Unit unit) {
        if (unit == null) {
            return false;
        }
        Token head = s.token(unit.head());
        return head.isLowercaseWord() && vocabulary.isSpeakerNoun(head) && spans.endsClause(s, unit.end());
    }

    private boolean startsWithName(Sentence s, PhraseReader.Unit unit) {
        for (int k = unit.start(); k < unit.end(); k++) {
            if (doc.mention(s, k) != null || vocabulary.isTitle(s.token(k))
                    || Grammar.PERSON_PRONOUNS.contains(s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
