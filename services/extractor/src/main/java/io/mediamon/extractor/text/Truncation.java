package io.mediamon.extractor.text;

/**
 * Cuts a text at the length cap, at the last paragraph, sentence or word boundary before it so that no word (and
 * if possible no sentence) is split; a hard cut only when the text has no boundary near the cap.
 */
final class Truncation {

    /**
     * How far back from the cap a boundary may lie: at most these many chars, and at most a tenth of the cap for a
     * paragraph or sentence end (a little text is given up for a clean end), half of it for a space (a split word
     * is worse than a shorter text).
     */
    private static final int PARAGRAPH_WINDOW = 5_000;
    private static final int SENTENCE_WINDOW = 2_000;
    private static final int WORD_WINDOW = 500;

    private Truncation() {
    }

    static CleanText cut(String text, int maxChars, PageMetadata metadata) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("the length cap must be positive, got " + maxChars);
        }
        if (text.length() <= maxChars) {
            return new CleanText(text, false, text.length(), metadata);
        }
        int cut = lastParagraphEnd(text, maxChars, notBefore(maxChars, PARAGRAPH_WINDOW, 10));
        if (cut < 0) {
            cut = lastSentenceEnd(text, maxChars, notBefore(maxChars, SENTENCE_WINDOW, 10));
        }
        if (cut < 0) {
            cut = lastSpace(text, maxChars, notBefore(maxChars, WORD_WINDOW, 2));
        }
        if (cut < 0) {
            cut = maxChars;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
        }
        return new CleanText(text.substring(0, cut).strip(), true, text.length(), metadata);
    }

    private static int notBefore(int maxChars, int window, int shareDivisor) {
        return maxChars - Math.min(window, maxChars / shareDivisor);
    }

    private static int lastParagraphEnd(String text, int maxChars, int notBefore) {
        int at = text.lastIndexOf("\n\n", maxChars - 2);
        return at >= notBefore && at > 0 ? at : -1;
    }

    private static int lastSentenceEnd(String text, int maxChars, int notBefore) {
        for (int i = maxChars - 1; i >= Math.max(1, notBefore); i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lastSpace(String text, int maxChars, int notBefore) {
        for (int i = maxChars; i >= Math.max(1, notBefore); i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
