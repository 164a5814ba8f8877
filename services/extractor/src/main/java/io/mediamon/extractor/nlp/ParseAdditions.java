package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the dependency parse adds to the claims the word patterns found: claims they missed, speakers they could not
 * resolve, and a subject before a verb that the patterns would read as an inverted speaker after it. The parse only
 * adds, so what the patterns find stays as it was.
 */
final class ParseAdditions {
    private final AnalyzedText doc;
    private final ParsedClaims parsed;
    private final ReferentResolver resolver;
    private final SpeakerResolver speakers;
    private final ReportedSpans spans;
    private final AttributedQuotes attributedQuotes;

    ParseAdditions(AnalyzedText doc, ParsedClaims parsed, ReferentResolver resolver, SpeakerResolver speakers,
            ReportedSpans spans, AttributedQuotes attributedQuotes) {
        this.doc = doc;
        this.parsed = parsed;
        this.resolver = resolver;
        this.speakers = speakers;
        this.spans = spans;
        this.attributedQuotes = attributedQuotes;
    }

    /**
     * The claims the parse finds in the sentence that the patterns' claims (found) do not have; each named speaker is
     * noted as it is found, for the pronouns after it.
     */
    List<ClaimExtractor.Found> claimsThePatternsMissed(DependencyTree tree, List<ClaimExtractor.Found> found) {
        List<ClaimExtractor.Found> fromParse = new ArrayList<>();
        for (ParsedClaims.Candidate candidate : parsed.find(tree)) {
            ClaimExtractor.Found claim = parsedClaim(tree, candidate, found, fromParse);
            if (claim != null) {
                fromParse.add(claim);
                if (claim.hasNamedSpeaker() && claim.speaker().referent().mention() != null) {
                    resolver.addSpeaker(claim.cueOffset(), claim.speaker().referent().mention());
                }
            }
        }
        return fromParse;
    }

    /**
     * A claim the parse found, unless the patterns already have it: the same verb, a content that overlaps one of
     * theirs, or a verb inside one of their contents (a nested attribution the patterns deliberately left out, see
     * {@link ReportingSources#withoutReportingSources}).
     */
    private ClaimExtractor.Found parsedClaim(DependencyTree tree, ParsedClaims.Candidate c,
            List<ClaimExtractor.Found> found, List<ClaimExtractor.Found> fromParse) {
        Sentence s = tree.sentence();
        int cueOffset = s.token(c.cue()).begin();
        int start = c.contentStart();
        while (start < c.contentEnd() && (s.token(start).is("that") || s.token(start).text().equals(",")
                || s.token(start).text().equals(":"))) {
            start++;
        }
        int[] content = spans.span(s, start, c.contentEnd());
        if (content == null) {
            return null;
        }
        boolean quoted = false;
        Quote quote = Grammar.isOpenQuote(s.token(start)) ? attributedQuotes.quoteOpeningAt(s.token(start).begin()) : null;
        if (quote != null && quote.isStatement(doc.text) && quote.close() <= s.end()) {
            content = new int[]{quote.innerBegin(), spans.contentEnd(quote)};
            quoted = true;
        }
        for (ClaimExtractor.Found f : found) {
            if (f.cueOffset() == cueOffset || (cueOffset >= f.begin() && cueOffset < f.end())
                    || f.overlapsMostly(content[0], content[1])) {
                return null;
            }
        }
        for (ClaimExtractor.Found f : fromParse) {
            if (f.overlapsMostly(content[0], content[1])) {
                return null;
            }
        }
        SpeakerResolver.Speaker speaker = c.subject() < 0 ? null : parsedSpeaker(tree, c.subject(), quote);
        String cue = doc.substring(s.token(c.cue()).begin(), s.token(c.cueEnd() - 1).end()).toLowerCase(Locale.ROOT);
        return new ClaimExtractor.Found(cueOffset, cue, speaker, content[0], content[1], quoted);
    }

    /**
     * A pattern claim whose speaker could not be resolved gets the one the parse gives its verb, when that one
     * resolves: the subject across what the patterns cannot skip ("Mr. Smith, in an interview on Sunday, said ...").
     */
    ClaimExtractor.Found withParsedSpeaker(DependencyTree tree, ClaimExtractor.Found f) {
        if (f.hasNamedSpeaker() || !tree.parsed()) {
            return f;
        }
        Sentence s = tree.sentence();
        int cue = s.tokenAtOrAfter(f.cueOffset());
        if (cue >= s.size() || s.token(cue).begin() != f.cueOffset()) {
            return f;
        }
        int subject = parsed.subjectOf(tree, cue);
        if (subject < 0) {
            return f;
        }
        Quote quote = f.quoted() ? attributedQuotes.quoteOpeningAt(f.begin() - 1) : null;
        SpeakerResolver.Speaker speaker = parsedSpeaker(tree, subject, quote);
        if (speaker.referent() == null) {
            return f;
        }
        if (speaker.referent().mention() != null) {
            resolver.addSpeaker(f.cueOffset(), speaker.referent().mention());
        }
        return new ClaimExtractor.Found(f.cueOffset(), f.cue(), speaker, f.begin(), f.end(), f.quoted(), f.gap());
    }

    /**
     * The speaker the parse gives a verb: its subject phrase, resolved; a description that names no one ("a
     * spokesman for the Foreign Ministry") speaks for the organisation it belongs to, when the text names it.
     */
    private SpeakerResolver.Speaker parsedSpeaker(DependencyTree tree, int head, Quote quote) {
        Sentence s = tree.sentence();
        PhraseReader.Unit unit = parsed.speakerUnit(tree, head);
        SpeakerResolver.Speaker speaker = quote != null && Grammar.isPronoun(s, unit)
                ? speakers.pronounBefore(s, unit, quote) : speakers.of(s, unit);
        if (speaker.referent() != null || doc.mention(s, head) != null) {
            return speaker;
        }
        int organisation = parsed.organisationOf(tree, head);
        if (organisation < 0) {
            return speaker;
        }
        SpeakerResolver.Speaker owner = speakers.of(s, parsed.speakerUnit(tree, organisation));
        if (owner.referent() == null || owner.referent().type() != EntityType.ORGANIZATION) {
            return speaker;
        }
        String text = doc.substring(s.token(unit.start()).begin(), s.token(tree.rightEdge(organisation)).end());
        return SpeakerResolver.Speaker.forOrganisation(owner.referent(), text);
    }

    /**
     * "X, who served as ambassador, said Clinton reached out ...": the name after ", said" is the subject of what was
     * said when the parse gives the verb a subject before it; the patterns alone would read "..., said Clinton".
     */
    boolean hasParsedSubjectBefore(DependencyTree tree, int cue) {
        Sentence s = tree.sentence();
        Token beforeComma = s.at(cue - 2);
        if (!tree.parsed() || beforeComma == null || Grammar.isCloseQuote(beforeComma)) {
            return false; // "“...,” said X": a quote before the verb is what was said, whatever the parse makes of it
        }
        int subject = tree.exactChild(cue, "nsubj");
        return subject >= 0 && subject < cue && doc.statementQuoteAt(s.token(subject).begin()) == null;
    }
}
