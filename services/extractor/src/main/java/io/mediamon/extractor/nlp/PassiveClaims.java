package io.mediamon.extractor.nlp;

import io.mediamon.schema.ClaimKind;

import java.util.List;
import java.util.Set;

/**
 * Claims of a passive verb of statement and its agent: "The issue was first reported by the Gazette", "a view echoed
 * by everyone": the agent after "by" said what the subject names.
 */
final class PassiveClaims {
    /** Passives whose subject is no statement the agent made ("X was accused by Y of ...": the charge follows). */
    private static final Set<String> PASSIVES_WITHOUT_CONTENT = Set.of("accused", "charged", "asked", "told",
            "urged", "encouraged", "exhorted"); // "X was urged by Y to ...": X is who was urged, not what was said

    private final AnalyzedText doc;
    private final Vocabulary vocabulary;
    private final PhraseReader reader;
    private final SpeakerResolver speakers;
    private final ReportedSpans spans;
    private final ReportingSources sources;

    PassiveClaims(AnalyzedText doc, Vocabulary vocabulary, PhraseReader reader, SpeakerResolver speakers,
            ReportedSpans spans, ReportingSources sources) {
        this.doc = doc;
        this.vocabulary = vocabulary;
        this.reader = reader;
        this.speakers = speakers;
        this.spans = spans;
        this.sources = sources;
    }

    /**
     * "The registration issue was first reported by the Gazette", "His views were echoed by several experts", "a
     * view echoed by everyone": a passive statement verb with its agent after "by" is the agent's claim, its content
     * the subject (or the noun the participle follows). Only an agent who can speak, only verbs of statement or
     * finding (not "was asked by", "was decided by"). Null otherwise.
     */
    ClaimExtractor.Found passiveClaim(Sentence s, PhraseMatcher.Match<Vocabulary.CueKind> cue) {
        int verb = cue.start();
        Token by = s.at(cue.end());
        String form = s.token(verb).lower();
        ClaimKind kind = vocabulary.claimKind(form);
        if (by == null || !by.is("by") || cue.end() != verb + 1 || !form.endsWith("ed")
                || PASSIVES_WITHOUT_CONTENT.contains(form) || (kind != ClaimKind.STATEMENT && kind != ClaimKind.WRITTEN)
                || doc.quotes.stream().anyMatch(q -> q.contains(s.token(verb).begin()))) {
            return null;
        }
        List<PhraseReader.Unit> agent = reader.readRight(s, cue.end() + 1);
        PhraseReader.Unit everyone = agent.isEmpty() ? null : reader.everyoneWithItsClause(s, agent.get(0));
        if (agent.isEmpty() || (everyone == null && !reader.canSpeak(s, agent.get(0)))) {
            return null;
        }
        int before = Grammar.skipAdverbsLeft(s, verb - 1);
        PhraseReader.Unit subject;
        if (before >= 0 && Grammar.BE.contains(s.token(before).lower())) {
            List<PhraseReader.Unit> units = reader.subjectOf(s, verb);
            subject = units.isEmpty() ? null
                    : withModifiedNoun(s, new PhraseReader.Unit(units.get(0).start(), units.get(units.size() - 1).end()));
        } else {
            subject = before == verb - 1 ? reader.readLeft(s, verb - 1) : null; // "a view echoed by ..."
        }
        if (subject == null || Grammar.isPronoun(s, subject)) {
            return null;
        }
        int[] content = spans.span(s, subject.start(), subject.end());
        if (content == null) {
            return null;
        }
        SpeakerResolver.Speaker speaker = sources.sourceSpeaker(s, agent);
        if (everyone != null) {
            // "everyone I interviewed": the people the clause describes, as "Everyone I interviewed criticized" reads
            SpeakerResolver.Speaker all = speakers.of(s, agent.get(0));
            String text = doc.substring(s.token(everyone.start()).begin(), s.token(everyone.end() - 1).end());
            speaker = new SpeakerResolver.Speaker(all.referent(), text, all.kind(), all.organisation());
        }
        return new ClaimExtractor.Found(s.token(verb).begin(), form, speaker, content[0], content[1], false);
    }

    /** "His warnings about the tolls": a noun phrase widened leftwards over the prepositions it ends (three at most). */
    private PhraseReader.Unit withModifiedNoun(Sentence s, PhraseReader.Unit unit) {
        int start = unit.start();
        for (int hop = 0; hop < 3; hop++) {
            Token preposition = s.at(start - 1);
            PhraseReader.Unit left = preposition != null && Grammar.PREPOSITIONS.contains(preposition.lower())
                    ? reader.readLeft(s, start - 2) : null;
            if (left == null) {
                break;
            }
            start = left.start();
        }
        return new PhraseReader.Unit(start, unit.end());
    }
}
