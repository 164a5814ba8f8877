package io.mediamon.extractor.text;

import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns the body of a {@link RawArticle} (plain text or HTML) into the clean text every extractor works on.
 *
 * <p>Paragraphs are kept (separated by one blank line) because the sentence splitter treats a blank line as a
 * sentence break: headlines and photo captions have no final period and would otherwise run into the next sentence.
 */
public final class ArticleText {

    /** Longer texts are cut: NER time grows with length and no news article needs more. */
    public static final int MAX_CHARS = 100_000;

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern MANY_NEWLINES = Pattern.compile("\\n{3,}");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private ArticleText() {
    }

    /** The clean text of the article's body; see {@link #clean(String, ContentType)}. */
    public static String cleanText(RawArticle raw) {
        return clean(raw).text();
    }

    /** Cleans the article's body according to its content type; see {@link #clean(String, ContentType)}. */
    public static CleanText clean(RawArticle raw) {
        Objects.requireNonNull(raw, "raw article");
        return clean(raw.getBody(), raw.getContentType());
    }

    /**
     * Cleans a body: HTML is reduced to its visible article text (script, style, nav, footer and similar page chrome
     * removed), whitespace and invisible characters are normalized, and the result is capped at {@link #MAX_CHARS}.
     *
     * @throws IllegalArgumentException if the body is missing, looks like binary data, or has no text after cleaning
     */
    public static CleanText clean(String body, ContentType contentType) {
        if (body == null) {
            throw new IllegalArgumentException("article body is missing");
        }
        BinaryContent.check(body);
        String text = contentType == ContentType.HTML ? HtmlToText.convert(body) : body;
        text = normalize(text);
        if (!HAS_WORD.matcher(text).find()) {
            throw new IllegalArgumentException("article body is empty after cleaning (no letters or digits left)");
        }
        return truncate(text);
    }

    /**
     * Splits a plain-text file whose first non-empty line is the headline (the layout of the sample corpus) into
     * headline and body.
     */
    public static HeadedText splitHeadline(String fileText) {
        String text = fileText.replace("\r\n", "\n").replace('\r', '\n').strip();
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return new HeadedText(null, text);
        }
        return new HeadedText(text.substring(0, newline).strip(), text.substring(newline + 1).strip());
    }

    /** A headline and the body below it. */
    public record HeadedText(String headline, String body) {
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        s = CONTROL.matcher(s).replaceAll("");
        s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
        s = MANY_NEWLINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /** Cuts at the last paragraph, sentence or word boundary before the cap, so no word is split in half. */
    static CleanText truncate(String text) {
        if (text.length() <= MAX_CHARS) {
            return new CleanText(text, false, text.length());
        }
        int cut = lastBoundary(text, "\n\n", MAX_CHARS - 5_000);
        if (cut < 0) {
            cut = lastSentenceEnd(text, MAX_CHARS - 2_000);
        }
        if (cut < 0) {
            cut = lastBoundary(text, " ", MAX_CHARS - 500);
        }
        if (cut < 0) {
            cut = MAX_CHARS;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
        }
        return new CleanText(text.substring(0, cut).strip(), true, text.length());
    }

    private static int lastBoundary(String text, String boundary, int notBefore) {
        int at = text.lastIndexOf(boundary, MAX_CHARS - boundary.length());
        return at >= notBefore ? at : -1;
    }

    private static int lastSentenceEnd(String text, int notBefore) {
        for (int i = MAX_CHARS - 1; i >= notBefore; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }
}
