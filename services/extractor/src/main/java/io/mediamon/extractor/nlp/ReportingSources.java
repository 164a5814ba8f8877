package io.mediamon.extractor.nlp;

import io.mediamon.schema.EntityType;
import io.mediamon.schema.SpeakerKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sources named apart from a reporting verb, and sources that only pass words on: "..., according to X" (ending the
 * sentence, also the source of the intentions and beliefs it reports) or between commas inside it; and a paper or an
 * agency that reports what someone else said ("Fars reported that X warned ..." is X's claim, not Fars's).
 */
final class ReportingSources {
    /** How a paper or an agency passes on what someone else said: "Fars reported that X warned ...". */
    private static final Set<String> NEWS_VERBS = Set.of("reported", "reports", "wrote", "writes", "quoted",
            "quotes", "cited", "cites");

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final SpeakerResolver speakers;
    private final ReportingVerbUse verbUse;
    private final ReportedSpans spans;

    ReportingSources(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, SpeakerResolver speakers,
            ReportingVerbUse verbUse, ReportedSpans spans) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.speakers = speakers;
        this.verbUse = verbUse;
        this.spans = spans;
    }

    /** "..., according to X": the sentence's statement attributed to X when no verb names a speaker. */
    ClaimExtractor.Found accordingTo(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            PhraseMatcher.Match<Vocabulary.CueKind> cue = vocabulary.cues.longestAt(s, i);
            if (cue == null || cue.value() != Vocabulary.CueKind.SOURCE) {
                continue;
            }
            List<PhraseReader.Unit> source = reader.readRight(s, cue.end());
            SpeakerResolver.Speaker speaker = source.isEmpty() ? null : sourceSpeaker(s, source);
            int sourceEnd = source.isEmpty() ? cue.end() : source.get(source.size() - 1).end();
            String text = doc.substring(s.token(i).begin(), s.token(cue.end() - 1).end()).toLowerCase(Locale.ROOT);
            ClaimExtractor.Found parenthetical = parentheticalSource(s, i, sourceEnd, text, speaker);
            if (parenthetical != null) {
                return parenthetical;
            }
            int[] content = i <= 1
                    ? spans.span(s, spans.skipCircumstances(s, sourceEnd), s.size())
                    : spans.span(s, 0, i);
            if (content == null) {
                return null;
            }
            return new ClaimExtractor.Found(s.token(i).begin(), text, speaker, content[0], content[1], false);
        }
        return null;
    }

    /**
     * "The ferry, according to harbour officials, will run again by May.": a source set off by commas inside the
     * sentence interrupts what was said; the content is the clause on both sides, the source left out and the gap
     * marked as for a quote split by its attribution ("The ferry … will run again by May"). Null unless the cue
     * (token cue) follows a comma and a comma closes the source (token sourceEnd) before two words or more.
     */
    private ClaimExtractor.Found parentheticalSource(Sentence s, int cue, int sourceEnd, String text,
                                      SpeakerResolver.Speaker speaker) {
        Token before = s.at(cue - 1);
        Token after = s.at(sourceEnd);
        if (cue < 2 || before == null || after == null || !before.text().equals(",") || !after.text().equals(",")) {
            return null;
        }
        int firstEnd = s.token(cue - 2).end(); // "Fares, according to ..., will double": one word before is enough
        int[] second = spans.span(s, sourceEnd + 1, s.size());
        if (second == null || !spans.continuesTheClause(s, sourceEnd + 1)) {
            return null; // "..., according to X, head of the Y institute, and others": an appositive of the source
        }
        return new ClaimExtractor.Found(s.token(cue).begin(), text, speaker, s.token(0).begin(), second[1], false,
                new ClaimExtractor.Gap(firstEnd, second[0]));
    }

    /**
     * "Clinton plans to visit Charlotte on Sunday, according to a campaign aide.": a trailing "according to" is the
     * source of what its sentence reports, an intention or a belief of the subject included; those claims take its
     * speaker. A statement ("X said ..., according to Y") keeps its own.
     */
    List<ClaimExtractor.Found> sourcedIntentions(Sentence s, List<ClaimExtractor.Found> found) {
        found = spokenIntentions(s, found);
        ClaimExtractor.Found sourced = accordingTo(s);
        if (sourced == null || sourced.speaker() == null || sourced.speaker().kind() == null
                || sourced.begin() >= sourced.cueOffset()) {
            return found;
        }
        for (ClaimExtractor.Found f : found) {
            io.mediamon.schema.ClaimKind kind = vocabulary.claimKind(f.cue());
            boolean held = kind == io.mediamon.schema.ClaimKind.INTENTION || kind == io.mediamon.schema.ClaimKind.BELIEF;
            if (!held || f.end() > sourced.cueOffset()) {
                return found;
            }
        }
        return found.stream().map(f -> new ClaimExtractor.Found(f.cueOffset(), f.cue(), sourced.speaker(), f.begin(), f.end(),
                f.quoted(), f.gap())).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * "The campaign plans to release the records soon, a spokesman announced Monday.": an attribution that ends the
     * sentence after a comma (a subject, a verb of speech, then only a time) is the source of the intentions and
     * beliefs the sentence reports before it; those claims take its speaker and end at its comma.
     */
    private List<ClaimExtractor.Found> spokenIntentions(Sentence s, List<ClaimExtractor.Found> found) {
        for (int c = s.size() - 2; c > 0; c--) {
            if (!s.token(c).text().equals(",")) {
                continue;
            }
            PhraseReader.Unit subject = reader.readRightUnit(s, c + 1);
            PhraseReader.Unit whole = subject == null ? null : withWhomItSpeaksFor(s, subject);
            PhraseMatcher.Match<Vocabulary.CueKind> cue = subject == null ? null
                    : vocabulary.cues.longestAt(s, whole.end());
            if (cue == null || cue.value() != Vocabulary.CueKind.VERB || !endsWithATime(s, cue.end())) {
                return found;
            }
            String verb = doc.substring(s.token(whole.end()).begin(), s.token(cue.end() - 1).end())
                    .toLowerCase(Locale.ROOT);
            SpeakerResolver.Speaker head = speakers.of(s, subject);
            SpeakerResolver.Speaker speaker = whole.equals(subject) ? head : new SpeakerResolver.Speaker(
                    head.referent(), speakers.text(s, whole), head.kind(), head.organisation());
            int comma = s.token(c).begin();
            if (vocabulary.claimKind(verb) != io.mediamon.schema.ClaimKind.STATEMENT || speaker.kind() == null) {
                return found;
            }
            List<ClaimExtractor.Found> out = new ArrayList<>();
            for (ClaimExtractor.Found f : found) {
                if (!reportedByATrailingSource(f) || f.cueOffset() >= comma || f.end() <= comma) {
                    return found;
                }
                int end = spans.trimEnd(f.begin(), comma);
                if (end <= f.begin()) {
                    // Its words start at or after the comma ("implies claims, a charge X denies"): cut there it
                    // would have none, so the trailing source does not end it.
                    return found;
                }
                out.add(new ClaimExtractor.Found(f.cueOffset(), f.cue(), speaker, f.begin(), end, f.quoted(), f.gap()));
            }
            return out;
        }
        return found;
    }

    /**
     * "..., lawyers for the family said.": the subject of a trailing attribution with the "for" or "of" phrase of whom
     * it speaks for, read to the verb; the subject alone when no such phrase comes before a verb.
     */
    private PhraseReader.Unit withWhomItSpeaksFor(Sentence s, PhraseReader.Unit subject) {
        Token p = s.at(subject.end());
        PhraseReader.Unit whom = p != null && (p.is("for") || p.is("of")) ? reader.readRightUnit(s, subject.end() + 1)
                : null;
        return whom == null ? subject : new PhraseReader.Unit(subject.start(), whom.end());
    }

    /**
     * Whether a claim running on to a trailing attribution is reported by it: an intention or a belief, and an
     * indirect statement or question too ("X had told officials that ..., the source added": what X told is known only through
     * the source, whose words the whole sentence is). A quote keeps its speaker.
     */
    private boolean reportedByATrailingSource(ClaimExtractor.Found f) {
        io.mediamon.schema.ClaimKind kind = vocabulary.claimKind(f.cue());
        return kind == io.mediamon.schema.ClaimKind.INTENTION || kind == io.mediamon.schema.ClaimKind.BELIEF
                || ((kind == io.mediamon.schema.ClaimKind.STATEMENT || kind == io.mediamon.schema.ClaimKind.QUESTION)
                && !f.quoted());
    }

    /** Whether the tokens from k to the end of the sentence are only a time and its closing punctuation. */
    private boolean endsWithATime(Sentence s, int k) {
        for (int j = k; j < s.size(); j++) {
            Token t = s.token(j);
            if (!doc.isTime(s, j) && !Grammar.isPunctuation(t)) {
                return false;
            }
        }
        return true;
    }

    /** "according to police and hospital officials": the first source names who, the text all of them. */
    SpeakerResolver.Speaker sourceSpeaker(Sentence s, List<PhraseReader.Unit> source) {
        SpeakerResolver.Speaker first = speakers.of(s, source.get(0));
        PhraseReader.Unit last = source.get(source.size() - 1);
        String text = doc.substring(s.token(source.get(0).start()).begin(), s.token(last.end() - 1).end());
        return new SpeakerResolver.Speaker(first.referent(), text, first.kind(), first.organisation());
    }

    /** Drops "Fars reported that X warned ...": the outer verb only names the source of X's claim. */
    List<ClaimExtractor.Found> withoutReportingSources(List<ClaimExtractor.Found> found) {
        // Only speech or a document inside another claim makes the outer one a mere reporting source ("the ministry
        // said Reuters reported that ..."); "X said she plans to ..." is X's statement and her intention, both kept.
        return found.stream()
                .filter(outer -> speaksForThemselves(outer) || found.stream().noneMatch(inner -> inner != outer
                        && inner.hasNamedSpeaker() && verbUse.reports(inner) && !isRelativeClause(inner)
                        && inner.cueOffset() >= outer.begin()
                        && inner.cueOffset() < outer.end()))
                .toList();
    }

    /**
     * A person who tells what someone else said makes a statement of their own ("the spokesman says the minister
     * promised ..."), and so does an organisation or a group named as the subject of a verb of speech ("the White
     * House said the president warned ...", "Democrats said ..."). A paper or an agency that reports, writes or
     * quotes ("Fars reported that X warned ...") is a mere channel for the words, and so is a description that only
     * holds the organisation's name ("in a Facebook message, X said ...").
     */
    private static boolean speaksForThemselves(ClaimExtractor.Found claim) {
        if (!claim.hasNamedSpeaker()) {
            return false;
        }
        return claim.speaker().referent().type() == EntityType.PERSON
                || (claim.speaker().kind() == SpeakerKind.NAME && !NEWS_VERBS.contains(claim.cue()));
    }

    /**
     * "they gave the files to the Gazette, which first reported the losses": a claim said by a relative pronoun describes a
     * noun of the outer content; it is not the statement the outer verb passes on.
     */
    static boolean isRelativeClause(ClaimExtractor.Found claim) {
        if (claim.speaker() == null) { // "a statement released by X": a passive whose agent is no speaker of its own
            return false;
        }
        String text = claim.speaker().text().toLowerCase(Locale.ROOT);
        return text.equals("which") || text.equals("who") || text.equals("that");
    }
}
