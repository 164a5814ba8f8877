package io.mediamon.extractor.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage in quotation marks.
 *
 * @param open  offset of the opening mark
 * @param close offset of the closing mark
 * @param width characters in the opening mark: 2 for the typewriter '' ... '' some wires and archives use
 */
record Quote(int open, int close, int width) {

    Quote(int open, int close) {
        this(open, close, 1);
    }

    /** Quotes of fewer words are names, nicknames or scare quotes ("facilitation base"), not statements. */
    private static final int MIN_STATEMENT_WORDS = 3;

    int innerBegin() {
        return open + width;
    }

    int innerEnd() {
        return close;
    }

    boolean contains(int offset) {
        return offset > open && offset < close;
    }

    boolean isStatement(String text) {
        return text.substring(innerBegin(), innerEnd()).strip().split("\\s+").length >= MIN_STATEMENT_WORDS;
    }

    /**
     * The quotes of a text: curly “...”, straight "...", doubled apostrophes ''...'' and «...» pairs; a curly quote
     * may close with a straight mark after its punctuation (“...," mixed by an editor). A quote never spans a blank
     * line: an unclosed mark at the end of a paragraph (the convention for quotes that continue) is dropped.
     */
    static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int curly = -1;
        int straight = -1;
        int guillemet = -1;
        int doubled = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                curly = straight = guillemet = doubled = -1;
            } else if (c == '“' || (c == '”' && curly < 0 && opensParagraph(text, i))) {
                curly = i; // a closing mark at a paragraph's start is an opening one typed the wrong way round
            } else if ((c == '”' || (c == '"' && straight < 0 && closesAfterPunctuation(text, i))) && curly >= 0) {
                quotes.add(new Quote(curly, i)); // “...," : a straight mark typed for the closing one
                curly = -1;
            } else if (c == '"') {
                if (straight < 0) {
                    straight = i;
                } else {
                    quotes.add(new Quote(straight, i));
                    straight = -1;
                }
            } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                if (doubled < 0) {
                    doubled = i;
                } else {
                    quotes.add(new Quote(doubled, i, 2));
                    doubled = -1;
                }
                i++;
            } else if (c == '«') {
                guillemet = i;
            } else if (c == '»' && guillemet >= 0) {
                quotes.add(new Quote(guillemet, i));
                guillemet = -1;
            }
        }
        quotes.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return List.copyOf(quotes);
    }

    /**
     * A mark right after a comma or sentence-ending punctuation and before a space or the line's end: where a quote
     * closes (“...," he said), not where one opens ("no").
     */
    private static boolean closesAfterPunctuation(String text, int i) {
        boolean punctuationBefore = i > 0 && ",.?!".indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        return punctuationBefore && spaceAfter;
    }

    /** Whether offset i starts a paragraph: the text's start or a line break before it. */
    private static boolean opensParagraph(String text, int i) {
        return i == 0 || text.charAt(i - 1) == '\n';
    }
}
