package io.mediamon.extractor.nlp;

import io.mediamon.schema.SpeakerKind;

import java.util.List;

/**
 * Claims of the attributions {@link SpeakerLabels} finds marked by punctuation alone: a label and a colon opening a
 * sentence ("SMITH: ...", "Smith: Deal Is Dead") and a quote signed with a dash ("“...” ― Jane Smith").
 */
final class LabelledClaims {
    private final SpeakerResolver speakers;
    private final ReportedSpans spans;
    private final SpeakerLabels labels;

    LabelledClaims(SpeakerResolver speakers, ReportedSpans spans, SpeakerLabels labels) {
        this.speakers = speakers;
        this.spans = spans;
        this.labels = labels;
    }

    /** The claim of a label and a colon opening the sentence, or of a person's name labelling a headline; or null. */
    ClaimExtractor.Found colonLabel(Sentence s) {
        SpeakerLabels.Labelled label = labels.colonLabel(s);
        if (label == null) {
            label = labels.headlinePersonLabel(s);
        }
        return label == null ? null : labelled(label, ":");
    }

    /** Adds to all the claims of the quotes signed with a dash that no claim in it mostly overlaps. */
    void addDashSigned(List<ClaimExtractor.Found> all) {
        for (SpeakerLabels.Labelled signed : labels.dashSigned()) {
            if (all.stream().noneMatch(f -> f.overlapsMostly(signed.begin(), signed.end()))) {
                all.add(labelled(signed, "―"));
            }
        }
    }

    /** A claim marked by punctuation: the label is the speaker; one in capitals ("PENCE") names a person's surname. */
    private ClaimExtractor.Found labelled(SpeakerLabels.Labelled label, String cue) {
        Sentence s = label.sentence();
        SpeakerResolver.Speaker speaker = speakers.of(s, label.speaker());
        if (speaker.kind() == null) {
            // A label is a name by where it stands, even one the tagger missed ("Factcheck: ...").
            speaker = new SpeakerResolver.Speaker(null, speaker.text(), SpeakerKind.NAME, null);
        }
        NameMention body = s.index() == 0 && label.quoted() ? labels.personNamedInTheBody(s, label.speaker().end() + 1)
                : null;
        if (body != null && label.speaker().start() == 0
                && label.speaker().end() == body.text.split("\\s+").length) {
            speaker = speaker.resolvedTo(Referent.of(body)); // "X Hammers Y: ‘...’": the X the body names
        }
        if (label.speaker().end() - label.speaker().start() == 1
                && SpeakerLabels.isAllCapitals(s.token(label.speaker().start()))) {
            // Transcripts write the surname in capitals: the person of the text with that surname, if just one.
            Referent named = labels.labelReferent(s.token(label.speaker().start()));
            speaker = named != null ? speaker.resolvedTo(named)
                    : new SpeakerResolver.Speaker(null, speaker.text(), SpeakerKind.NAME, null);
        }
        int end = label.quoted() ? label.end() : spans.trimEnd(label.begin(), label.end());
        int cueOffset = label.quoted() ? label.end() : s.token(label.speaker().end()).begin();
        return new ClaimExtractor.Found(cueOffset, cue, speaker, label.begin(), end, label.quoted());
    }
}
