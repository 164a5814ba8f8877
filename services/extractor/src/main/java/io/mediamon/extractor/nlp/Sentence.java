package io.mediamon.extractor.nlp;

import java.util.List;

/**
 * One sentence of the clean text.
 *
 * @param index  position in the document
 * @param begin  character offset of its first token
 * @param end    character offset after its last token
 * @param tokens its tokens in order
 */
record Sentence(int index, int begin, int end, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** The token at i, or null outside the sentence: spares bounds checks in pattern matching. */
    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** Index of the token that contains or starts after the character offset; size() if none. */
    int tokenAtOrAfter(int offset) {
        for (Token t : tokens) {
            if (t.end() > offset) {
                return t.index();
            }
        }
        return tokens.size();
    }
}
