package io.mediamon.evaluation.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One annotated document: the text the systems read and the gold spans (character offsets into it). A document
 * rebuilt from CoNLL tokens also knows its tokens' offsets: spans are then compared in whole tokens, so that a
 * prediction is judged by the tokens it covers, as the gold was annotated.
 */
public final class EvalDocument {

    private final String id;
    private final String text;
    private final List<Span> gold;
    private final int[] tokenBegins;
    private final int[] tokenEnds;

    private EvalDocument(String id, String text, List<Span> gold, int[] tokenBegins, int[] tokenEnds) {
        this.id = Objects.requireNonNull(id);
        this.text = Objects.requireNonNull(text);
        this.gold = List.copyOf(gold);
        this.tokenBegins = tokenBegins;
        this.tokenEnds = tokenEnds;
        for (Span s : gold) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(id + ": gold span " + s + " beyond the text");
            }
        }
    }

    /** A document whose spans are compared by character offsets. */
    public static EvalDocument ofCharacters(String id, String text, List<Span> gold) {
        return new EvalDocument(id, text, gold, null, null);
    }

    /** A document whose spans are compared by the tokens (character ranges, in order) they cover. */
    public static EvalDocument ofTokens(String id, String text, List<Span> gold, int[] tokenBegins, int[] tokenEnds) {
        if (tokenBegins.length != tokenEnds.length) {
            throw new IllegalArgumentException("token offsets differ in length");
        }
        return new EvalDocument(id, text, gold, tokenBegins.clone(), tokenEnds.clone());
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public List<Span> gold() {
        return gold;
    }

    /** Number of tokens, or 0 for a character-compared document. */
    public int tokenCount() {
        return tokenBegins == null ? 0 : tokenBegins.length;
    }

    /**
     * The spans in the units they are compared in: unchanged for a character-compared document, else the token range
     * [first, last + 1) of the tokens each overlaps. A span that covers no token (only spaces) is dropped.
     */
    List<Span> comparable(List<Span> characterSpans) {
        if (tokenBegins == null) {
            return characterSpans;
        }
        List<Span> out = new ArrayList<>();
        for (Span s : characterSpans) {
            int first = firstTokenEndingAfter(s.begin());
            int last = first;
            while (last < tokenBegins.length && tokenBegins[last] < s.end()) {
                last++;
            }
            if (last > first) {
                out.add(new Span(first, last, s.type()));
            }
        }
        return out;
    }

    private int firstTokenEndingAfter(int offset) {
        int lo = 0;
        int hi = tokenEnds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenEnds[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The character offset where a span in comparable units starts. */
    int characterBegin(Span comparable) {
        return tokenBegins == null ? comparable.begin() : tokenBegins[comparable.begin()];
    }

    /** The character offset where a span in comparable units ends. */
    int characterEnd(Span comparable) {
        return tokenBegins == null ? comparable.end() : tokenEnds[comparable.end() - 1];
    }
}
