package io.mediamon.extractor.nlp;

import io.mediamon.schema.Claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds who said what: direct quotes and reported speech around reporting verbs ("X said (that) ...", "..., X
 * said.", "“...,” he said.", "X warned ...", "according to X"), with the speaker resolved to a canonical name.
 *
 * <p>This class runs the steps over each sentence: it finds the cue words that report, hands each to the class for
 * its construction and keeps the claims. What it asks of the words is in classes of their own: whether a cue word
 * reports ({@link ReportingVerbUse}, {@link CuesBesideQuotes}), where what was said begins and ends
 * ({@link ReportedSpans}), which quote an attribution belongs to ({@link AttributedQuotes}), who the subject is that a
 * sentence opens with ({@link OpeningSubjects}), and which sources are named apart from a verb or only pass another's
 * words on ({@link ReportingSources}). The claims of each construction are built by {@link SubjectClaims} ("X said"),
 * {@link InvertedClaims} ("..., said X"), {@link ParticipleClaims} (", saying"), {@link PassiveClaims} ("was reported
 * by X"), {@link OwnedClaims} ("X's claim that") and {@link LabelledClaims} ("SMITH: ..."); {@link QuoteContinuations}
 * runs a quote on past its attribution, and {@link ParseAdditions} adds what the dependency parse finds.
 */
final class ClaimExtractor {
    /** Characters [begin, end) inside a claim's span that are not its content: the attribution between two parts. */
    record Gap(int begin, int end) {}

    /** A claim under construction; offsets are characters in the clean text; speaker null when none is named. */
    record Found(int cueOffset, String cue, SpeakerResolver.Speaker speaker, int begin, int end,
                         boolean quoted, Gap gap) {
        Found(int cueOffset, String cue, SpeakerResolver.Speaker speaker, int begin, int end, boolean quoted) {
            this(cueOffset, cue, speaker, begin, end, quoted, null);
        }

        boolean hasNamedSpeaker() {
            return speaker != null && speaker.referent() != null;
        }

        /** Whether the shorter of this claim's span and [otherBegin, otherEnd) lies half or more inside the other. */
        boolean overlapsMostly(int otherBegin, int otherEnd) {
            int shared = Math.min(end, otherEnd) - Math.max(begin, otherBegin);
            return shared > 0 && 2 * shared >= Math.min(end - begin, otherEnd - otherBegin);
        }
    }

    /** The reporting verb being looked at: tokens [start, end), its offset and its text. */
    record Cue(int start, int end, int offset, String text) {
        /** The claim of the words inside a quote. */
        Found quoted(SpeakerResolver.Speaker speaker, Quote quote, ReportedSpans spans) {
            return new Found(offset, text, speaker, quote.innerBegin(), spans.contentEnd(quote), true);
        }

        /** The claim of content characters [content[0], content[1]); null when there is no content. */
        Found reported(SpeakerResolver.Speaker speaker, int[] content) {
            return content == null ? null : new Found(offset, text, speaker, content[0], content[1], false);
        }
    }

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final ReferentResolver resolver;
    private final ReportingVerbUse verbUse;
    private final ReportedSpans spans;
    private final OpeningSubjects openingSubjects;
    private final ReportingSources sources;
    private final ParticipleClaims participles;
    private final QuoteContinuations quoteContinuations;
    private final ParseAdditions parseAdditions;
    private final PassiveClaims passiveClaims;
    private final OwnedClaims ownedClaims;
    private final CuesBesideQuotes cuesBesideQuotes;
    private final LabelledClaims labelledClaims;
    private final SubjectClaims subjectClaims;
    private final InvertedClaims invertedClaims;

    ClaimExtractor(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, ReferentResolver resolver) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.resolver = resolver;
        SpeakerResolver speakers = new SpeakerResolver(doc, resolver);
        PluralSubjects pluralSubjects = new PluralSubjects(doc, vocabulary);
        this.verbUse = new ReportingVerbUse(doc, vocabulary, reader, pluralSubjects);
        this.spans = new ReportedSpans(doc, vocabulary, reader, verbUse);
        AttributedQuotes attributedQuotes = new AttributedQuotes(doc, verbUse);
        this.openingSubjects = new OpeningSubjects(doc, vocabulary, reader, speakers);
        this.sources = new ReportingSources(doc, vocabulary, reader, speakers, verbUse, spans);
        this.participles = new ParticipleClaims(doc, reader, speakers, spans, attributedQuotes, openingSubjects);
        this.quoteContinuations = new QuoteContinuations(doc, spans, attributedQuotes);
        this.parseAdditions = new ParseAdditions(doc, new ParsedClaims(doc, vocabulary), resolver, speakers, spans,
                attributedQuotes);
        this.passiveClaims = new PassiveClaims(doc, vocabulary, reader, speakers, spans, sources);
        this.ownedClaims = new OwnedClaims(doc, speakers, spans);
        this.cuesBesideQuotes = new CuesBesideQuotes(vocabulary, reader, verbUse, spans, attributedQuotes);
        this.labelledClaims = new LabelledClaims(speakers, spans, new SpeakerLabels(doc));
        this.subjectClaims = new SubjectClaims(doc, vocabulary, reader, speakers, spans, attributedQuotes);
        this.invertedClaims = new InvertedClaims(doc, vocabulary, reader, speakers, spans, attributedQuotes,
                pluralSubjects, parseAdditions);
    }

    List<Claim> extract() {
        List<Found> all = new ArrayList<>();
        for (Sentence s : doc.sentences) {
            DependencyTree tree = new DependencyTree(s);
            List<Found> found = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                PhraseMatcher.Match<Vocabulary.CueKind> cue = verbUse.verbCueAt(s, i);
                int cueEnd = cue != null && (verbUse.isReportingUse(s, cue.start())
                        || participles.isParticipleAfterWhile(s, cue.start()))
                        ? cue.end() : cuesBesideQuotes.colonCueEnd(s, i);
                if (cueEnd < 0) {
                    cueEnd = verbUse.aspectCueEnd(s, i);
                }
                if (cueEnd < 0 && (verbUse.isBaseFormAfterPluralSubject(s, i, found) || verbUse.isBaseFormAfterDo(s, i, found)
                        || verbUse.isBaseFormAfterI(s, i, found) || verbUse.isNegatedPerfectBeforeAClause(s, i, found)
                        || verbUse.isBaseFormAfterAnd(s, i, found)
                        || cuesBesideQuotes.isQuoteAMessageReads(s, i)
                        || cuesBesideQuotes.isModalCueBeforeAColonQuote(s, i))) {
                    cueEnd = i + 1;
                }
                if (cueEnd < 0 && cue != null) {
                    Found passive = passiveClaims.passiveClaim(s, cue);
                    if (passive != null && found.stream().noneMatch(f -> f.begin() == passive.begin())) {
                        found.add(passive);
                        continue;
                    }
                }
                if (cueEnd < 0) {
                    Found owned = ownedClaims.ownedClaim(s, i);
                    if (owned != null && found.stream().noneMatch(f -> f.begin() == owned.begin())) {
                        found.add(owned);
                    }
                    continue;
                }
                Found claim = claimAt(tree, i, cueEnd, found);
                Found second = claim == null ? null : quoteContinuations.secondAttributionsQuote(s, claim, found);
                if (second != null) {
                    found.add(second);
                    continue;
                }
                if (claim != null && found.stream().noneMatch(f -> f.begin() == claim.begin())
                        && all.stream().noneMatch(f -> f.begin() == claim.begin())) {
                    found.add(claim);
                    if (claim.hasNamedSpeaker() && claim.speaker().referent().mention() != null) {
                        resolver.addSpeaker(claim.cueOffset(), claim.speaker().referent().mention());
                    }
                    Found continued = quoteContinuations.continuedQuote(s, claim);
                    if (continued != null && found.stream().noneMatch(f -> f.begin() == continued.begin())) {
                        // One claim for both parts, the attribution between them left out (one content to annotators)
                        found.set(found.size() - 1, new Found(claim.cueOffset(), claim.cue(), claim.speaker(),
                                claim.begin(), continued.end(), true, new Gap(claim.end(), continued.begin())));
                    }
                    found.set(found.size() - 1, quoteContinuations.withFollowingQuote(s, found.get(found.size() - 1)));
                }
            }
            if (found.isEmpty()) {
                Found sourced = sources.accordingTo(s);
                if (sourced != null) {
                    found.add(sourced);
                }
            } else {
                found = sources.sourcedIntentions(s, found);
            }
            if (found.isEmpty()) {
                Found labelled = labelledClaims.colonLabel(s);
                if (labelled != null) {
                    found.add(labelled);
                }
            }
            found = sources.withoutReportingSources(found);
            // The parse after the patterns: it only adds what they missed, so what they find stays as it was.
            found = found.stream().map(f -> parseAdditions.withParsedSpeaker(tree, f)).toList();
            List<Found> fromParse = parseAdditions.claimsThePatternsMissed(tree, found);
            all.addAll(found);
            all.addAll(fromParse);
        }
        labelledClaims.addDashSigned(all);
        all.sort(Comparator.comparingInt(Found::begin));
        return all.stream().map(this::toClaim).toList();
    }

    private Claim toClaim(Found f) {
        return Claim.newBuilder()
                .setSpeaker(f.speaker() == null ? null : f.speaker().name())
                .setSpeakerText(f.speaker() == null ? null : f.speaker().text())
                .setSpeakerKind(f.speaker() == null ? null : f.speaker().kind())
                .setSpeakerOrganization(f.speaker() == null ? null : f.speaker().organisation())
                .setCue(f.cue())
                .setContent(f.gap() == null ? doc.substring(f.begin(), f.end())
                        : doc.substring(f.begin(), f.gap().begin()) + " … " + doc.substring(f.gap().end(), f.end()))
                .setQuoted(f.quoted())
                .setKind(vocabulary.claimKind(ReportingVerbUse.reportingVerbOf(f.cue())))
                .setBegin(f.begin())
                .setEnd(f.end())
                .build();
    }

    /**
     * The claim of the reporting verb at tokens [cueStart, cueEnd) of the sentence tree parses: a participle's, a verb
     * after "and"/"but" (the speaker before it), an inverted attribution's ("..., said X"), else the subject's.
     */
    private Found claimAt(DependencyTree tree, int cueStart, int cueEnd, List<Found> earlier) {
        Sentence s = tree.sentence();
        Cue cue = new Cue(cueStart, cueEnd, s.token(cueStart).begin(),
                doc.substring(s.token(cueStart).begin(), s.token(cueEnd - 1).end()).toLowerCase(Locale.ROOT));
        if (verbUse.isParticiple(s, cueStart) && !verbUse.isProgressive(s, cueStart)
                && !verbUse.isNegatedPerfectBeforeAClause(s, cueStart, earlier)) { // "X isn't saying whether": X's verb
            return participles.participleClaim(s, cue, earlier);
        }
        int joinerAt = Grammar.skipAuxiliariesLeft(s, cueStart - 1);
        Token joiner = s.at(joinerAt);
        if (joiner != null && (joiner.is("and") || joiner.is("but"))) {
            // "... warned of X and said ...": same speaker as the claim before it in the sentence; with none, the
            // subject the sentence opens with ("Trump bemoaned the unrest and said ...").
            SpeakerResolver.Speaker speaker = earlier.isEmpty() ? openingSubjects.openingSubject(s, joinerAt)
                    : earlier.get(earlier.size() - 1).speaker();
            if (speaker != null) {
                return cue.reported(speaker, spans.reportedAfter(s, cueEnd));
            }
        }
        Found afterAQuestion = invertedClaims.afterAQuestion(s, cue);
        if (afterAQuestion != null) {
            return afterAQuestion;
        }
        PhraseReader.Unit speakerAfter = invertedClaims.speakerAfter(s, cue, tree);
        if (speakerAfter != null) {
            return invertedClaims.invertedClaim(s, cue, speakerAfter, earlier);
        }
        return subjectClaims.subjectClaim(s, cue, earlier);
    }
}
