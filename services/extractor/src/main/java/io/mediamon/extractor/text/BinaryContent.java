package io.mediamon.extractor.text;

/**
 * Refuses bodies that are not text: a fetcher that stored a PDF or an image as a string, or decoded bytes with a
 * character set so wrong that most of the text is gone.
 */
final class BinaryContent {

    /** More than this share of control characters means the bytes were never text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /**
     * More than this share of U+FFFD among the non-space characters means the text is lost. Below it the body is
     * kept as it is: an English text decoded with the wrong character set loses only its curly quotes and dashes
     * (about 1% of its characters), and its words are intact.
     */
    private static final double MAX_REPLACEMENT_SHARE = 0.05;
    private static final int TOLERATED = 3;

    private BinaryContent() {
    }

    static void check(String body) {
        int controls = 0;
        int replacements = 0;
        int visible = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\u0000') {
                throw new IllegalArgumentException("article body looks like binary data (contains NUL characters), "
                        + "not text");
            }
            if (c == '\uFFFD') {
                replacements++;
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
            if (!Character.isWhitespace(c)) {
                visible++;
            }
        }
        if (controls > TOLERATED && controls > body.length() * MAX_CONTROL_SHARE) {
            throw new IllegalArgumentException("article body looks like binary data (" + controls
                    + " control characters in " + body.length() + "), not text");
        }
        if (replacements > TOLERATED && replacements > visible * MAX_REPLACEMENT_SHARE) {
            throw new IllegalArgumentException("article body is not decodable text: " + replacements + " of "
                    + visible + " characters are U+FFFD (binary data, or decoded with the wrong character set)");
        }
    }
}
