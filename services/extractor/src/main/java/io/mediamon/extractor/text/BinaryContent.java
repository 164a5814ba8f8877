package io.mediamon.extractor.text;

/** Rejects bodies that are not text: a fetcher that stored a PDF or an image as a string produces these. */
final class BinaryContent {

    /** More than this share of control or replacement characters means the bytes were never text. */
    private static final double MAX_GARBAGE_SHARE = 0.01;

    private BinaryContent() {
    }

    static void check(String body) {
        int garbage = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\u0000') {
                throw new IllegalArgumentException("article body looks like binary data (contains NUL characters), not text");
            }
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                garbage++;
            }
        }
        if (garbage > 3 && garbage > body.length() * MAX_GARBAGE_SHARE) {
            throw new IllegalArgumentException("article body looks like binary data (" + garbage
                    + " control or undecodable characters in " + body.length() + "), not text");
        }
    }
}
