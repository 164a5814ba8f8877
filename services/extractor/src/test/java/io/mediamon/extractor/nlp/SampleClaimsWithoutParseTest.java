package io.mediamon.extractor.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mediamon.schema.Claim;
import io.mediamon.schema.EnrichedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractor runs without the dependency parse by default (extractor.parse=false, for throughput): the sample
 * article's claims must be the same from the word patterns alone as with the parse, speaker for speaker.
 */
class SampleClaimsWithoutParseTest {

    @Test
    void theSampleArticlesClaimsNeedNoParse() {
        ArticleAnalyzer patternsOnly = new ArticleAnalyzer(NerTagger.load(NerTagger.DEFAULT_MODELS, false));
        EnrichedArticle withoutParse = patternsOnly.analyze(TestArticles.sample());
        EnrichedArticle withParse = TestArticles.analyzer().analyze(TestArticles.sample());

        assertFalse(withoutParse.getClaims().isEmpty());
        assertEquals(described(withParse.getClaims()), described(withoutParse.getClaims()));
    }

    private static List<String> described(List<Claim> claims) {
        return claims.stream().map(c -> String.join(" | ", String.valueOf(c.getSpeaker()),
                String.valueOf(c.getSpeakerText()), c.getCue(), String.valueOf(c.getKind()),
                String.valueOf(c.getQuoted()), c.getContent())).toList();
    }
}
