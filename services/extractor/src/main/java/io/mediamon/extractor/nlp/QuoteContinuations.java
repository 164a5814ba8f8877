package io.mediamon.extractor.nlp;

import java.util.List;

/**
 * Where a speaker's quote goes on past its attribution: the second half of a quote split by it ("“...,” he added,
 * “...”"), a quote that fills the next paragraph after "“...,” she said.", and the quote a second attribution after a
 * colon's quote goes on into. Annotators mark the parts as one content, so the claim runs over them with the
 * attribution between them a gap.
 */
final class QuoteContinuations {
    /** "he added, " or "said Maria Lopez, a union organiser, ": the attribution between two halves of a quote. */
    private static final int MAX_ATTRIBUTION_CHARS = 80;

    private final AnalyzedText doc;
    private final ReportedSpans spans;
    private final AttributedQuotes attributedQuotes;

    QuoteContinuations(AnalyzedText doc, ReportedSpans spans, AttributedQuotes attributedQuotes) {
        this.doc = doc;
        this.spans = spans;
        this.attributedQuotes = attributedQuotes;
    }

    /**
     * "“There is no military solution,” he added, “only a political one.”": the second half of a quote split by
     * its attribution belongs to the same speaker. It follows the attribution after a comma and has no
     * attribution of its own. The caller makes one claim of both parts (annotators mark them as one content; two
     * claims would leave the second unpaired).
     */
    ClaimExtractor.Found continuedQuote(Sentence s, ClaimExtractor.Found claim) {
        if (!claim.quoted()) {
            return null;
        }
        for (Quote q : doc.quotes) {
            if (q.open() <= claim.cueOffset() || q.innerBegin() <= claim.end() || q.open() >= s.end()) {
                continue;
            }
            String between = doc.substring(claim.cueOffset(), q.open()).strip();
            boolean afterAttribution = between.endsWith(",") && between.length() <= MAX_ATTRIBUTION_CHARS
                    && between.chars().noneMatch(c -> c == '.' || c == '“' || c == '”' || c == '"' || c == ';');
            if (!afterAttribution || !q.isStatement(doc.text) || attributedQuotes.hasOwnAttribution(s, q)) {
                return null;
            }
            return new ClaimExtractor.Found(claim.cueOffset(), claim.cue(), claim.speaker(), q.innerBegin(),
                    spans.contentEnd(q), true);
        }
        return null;
    }

    /**
     * "“The tolls are too high,” she said. “We will lose the morning crossing.”": a quote that fills the rest of the
     * paragraph right after a sentence ending in a quote's attribution goes on with the same speaker's words (news
     * quotes a speaker in runs; another speaker's quote gets its own attribution). Annotators mark both parts as one
     * content, so the claim runs on to the second quote, the attribution between them a gap. The quote may also be
     * the whole of the next paragraph ("...,” he said.\n\n“Right now, ...”": the run goes on). The claim as it was
     * when the sentence goes on after its attribution or no such quote follows.
     */
    ClaimExtractor.Found withFollowingQuote(Sentence s, ClaimExtractor.Found claim) {
        if (!claim.quoted() || claim.gap() != null || claim.cueOffset() < claim.end()
                || s.index() + 1 >= doc.sentences.size()) {
            return claim;
        }
        String attribution = doc.substring(claim.cueOffset(), s.end());
        if (attribution.length() > MAX_ATTRIBUTION_CHARS
                || attribution.chars().anyMatch(c -> "“”\"\n;".indexOf(c) >= 0)) {
            return claim;
        }
        Sentence next = doc.sentences.get(s.index() + 1);
        Quote quote = Grammar.isOpenQuote(next.token(0)) ? attributedQuotes.quoteOpeningAt(next.token(0).begin()) : null;
        if (quote == null || !quote.isStatement(doc.text)) {
            return claim;
        }
        int paragraphEnd = doc.text.indexOf('\n', quote.close());
        String after = doc.substring(Math.min(quote.close() + quote.width(), doc.text.length()),
                paragraphEnd < 0 ? doc.text.length() : paragraphEnd);
        if (!after.strip().chars().allMatch(c -> ".,!?".indexOf(c) >= 0)) {
            return claim;
        }
        return new ClaimExtractor.Found(claim.cueOffset(), claim.cue(), claim.speaker(), claim.begin(),
                spans.contentEnd(quote), true, new ClaimExtractor.Gap(claim.end(), quote.innerBegin()));
    }

    /**
     * "X scolded him: “...,” she said. “...”": a quote a verb before a colon already claimed, closing with its comma
     * before an attribution of its own that ends the sentence; that second attribution goes on into the quote of the
     * next sentence, as it would after a quote of its own ({@link #withFollowingQuote}): a claim of that quote alone
     * (annotators give it to the second attribution), or null.
     */
    ClaimExtractor.Found secondAttributionsQuote(Sentence s, ClaimExtractor.Found claim,
            List<ClaimExtractor.Found> earlier) {
        boolean claimedByAColon = claim.quoted() && claim.cueOffset() > claim.end() && earlier.stream()
                .anyMatch(f -> f.begin() == claim.begin() && f.quoted() && f.cueOffset() < f.begin()
                        && doc.substring(f.cueOffset(), f.begin()).contains(":"));
        if (!claimedByAColon) {
            return null;
        }
        ClaimExtractor.Found following = withFollowingQuote(s, claim);
        return following == claim || following.gap() == null ? null
                : new ClaimExtractor.Found(claim.cueOffset(), claim.cue(), claim.speaker(), following.gap().end(),
                        following.end(), true);
    }
}
