package io.mediamon.extractor.nlp;

import java.util.Set;

/** Claims of a noun of saying that a name owns: "Paula Green's claim that the tolls would double". */
final class OwnedClaims {
    /** Nouns that name what someone said and take the words said as a that-clause: "X's claim that ...". */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "assertion", "contention", "insistence",
            "allegation", "accusation", "suggestion", "prediction", "promise", "pledge", "warning");

    private final AnalyzedText doc;
    private final SpeakerResolver speakers;
    private final ReportedSpans spans;

    OwnedClaims(AnalyzedText doc, SpeakerResolver speakers, ReportedSpans spans) {
        this.doc = doc;
        this.speakers = speakers;
        this.spans = spans;
    }

    /**
     * "The council rejected Paula Green's claim that the tolls would double": a noun of saying owned by a name and
     * followed by "that" is that person's claim, the clause its content (a noun, "the claims that" without an owner,
     * says nothing of who made them). Null at any other token.
     */
    ClaimExtractor.Found ownedClaim(Sentence s, int noun) {
        Token word = s.token(noun);
        Token marker = s.at(noun - 1);
        Token that = s.at(noun + 1);
        if (!CLAIM_NOUNS.contains(word.lower()) || !word.isLowercaseWord() || marker == null
                || !Grammar.isPossessiveMarker(marker) || that == null || !that.is("that")) {
            return null;
        }
        NameMention owner = doc.mention(s, noun - 2);
        if (owner == null || owner.end != noun - 1 || doc.quotes.stream().anyMatch(q -> q.contains(word.begin()))) {
            return null;
        }
        SpeakerResolver.Speaker speaker = speakers.of(s, new PhraseReader.Unit(owner.start, owner.end));
        int[] content = spans.reportedAfter(s, noun + 1);
        return content == null ? null
                : new ClaimExtractor.Found(word.begin(), word.lower(), speaker, content[0], content[1], false);
    }
}
