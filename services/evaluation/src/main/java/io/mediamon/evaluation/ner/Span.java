package io.mediamon.evaluation.ner;

import io.mediamon.schema.EntityType;

/**
 * A typed entity span: character offsets [begin, end) into a document's text, or token indices once mapped to a
 * CoNLL document's tokens.
 */
public record Span(int begin, int end, EntityType type) {

    public Span {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }
}
