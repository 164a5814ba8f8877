package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.List;

/** The clean text with everything the extractors share: sentences, resolved name mentions, quotes, times. */
final class AnalyzedText {

    final String text;
    final List<Sentence> sentences;
    final List<NameMention> mentions;
    final List<Quote> quotes;
    private final NameMention[][] mentionAt;
    private final List<List<TimeExpressions.Span>> times;

    AnalyzedText(String text, List<Sentence> sentences, List<NameMention> mentions) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.mentions = List.copyOf(mentions);
        this.quotes = Quote.find(text);
        this.mentionAt = new NameMention[sentences.size()][];
        this.times = new ArrayList<>();
        for (Sentence s : sentences) {
            mentionAt[s.index()] = new NameMention[s.size()];
            times.add(TimeExpressions.find(text, s.begin(), s.end()));
        }
        for (NameMention m : mentions) {
            for (int t = m.start; t < m.end; t++) {
                mentionAt[m.sentence][t] = m;
            }
        }
    }

    /**
     * The index of the sentence holding the character offset (of the next sentence when it falls between two; the
     * number of sentences after the last). Sentences are in text order, so a binary search over their ends.
     */
    int sentenceIndexAt(int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The name mention covering the token, or null. */
    NameMention mention(Sentence s, int token) {
        return token >= 0 && token < s.size() ? mentionAt[s.index()][token] : null;
    }

    List<TimeExpressions.Span> times(Sentence s) {
        return times.get(s.index());
    }

    /** Whether the token lies inside a time expression. */
    boolean isTime(Sentence s, int token) {
        Token t = s.at(token);
        return t != null && times(s).stream().anyMatch(span -> t.begin() >= span.begin() && t.end() <= span.end());
    }

    /** The statement quote (three words or more) that contains the offset, or null. */
    Quote statementQuoteAt(int offset) {
        for (Quote q : quotes) {
            if (q.contains(offset) && q.isStatement(text)) {
                return q;
            }
        }
        return null;
    }

    String substring(int begin, int end) {
        return text.substring(begin, end);
    }
}
