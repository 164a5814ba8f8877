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
 *
 * <p>Outcomes for bad input: a body that is missing, binary (NUL or many control characters), mostly undecodable
 * (U+FFFD) or without a letter or digit after cleaning is refused with an {@link IllegalArgumentException} naming
 * the reason; mojibake from a wrong character set is repaired where that is lossless; stray control and invisible
 * characters are removed; text longer than the cap is cut at a boundary and marked truncated.
 */
public final class ArticleText {

    /** The default cap: NER time grows with length and no news article needs more. */
    public static final int DEFAULT_MAX_CHARS = 100_000;

    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private ArticleText() {
    }

    /** Cleans the article's body according to its content type, capped at maxChars; see the class comment. */
    public static CleanText clean(RawArticle raw, int maxChars) {
        Objects.requireNonNull(raw, "raw article");
        return clean(raw.getBody(), raw.getContentType(), raw.getUrl(), maxChars);
    }

    /** {@link #clean(String, ContentType, String, int)} with the default cap and no page URL. */
    public static CleanText clean(String body, ContentType contentType) {
        return clean(body, contentType, null, DEFAULT_MAX_CHARS);
    }

    /**
     * Cleans a body: HTML is reduced to its main content block (navigation, ads, related links, comments, footers,
     * share and newsletter boxes removed) and its metadata read; the character set is repaired where possible;
     * whitespace and invisible characters are normalized; the result is capped at maxChars.
     *
     * @param pageUrl the page's address, to resolve a relative canonical URL; may be null
     * @throws IllegalArgumentException if the body is missing, looks like binary data, or has no text after cleaning
     */
    public static CleanText clean(String body, ContentType contentType, String pageUrl, int maxChars) {
        if (body == null) {
            throw new IllegalArgumentException("article body is missing");
        }
        BinaryContent.check(body);
        String repaired = EncodingRepair.repair(body);
        String text = repaired;
        PageMetadata metadata = PageMetadata.NONE;
        if (contentType == ContentType.HTML) {
            HtmlToText.Page page = HtmlToText.convert(repaired, pageUrl);
            text = page.text();
            metadata = page.metadata();
        }
        text = normalize(text);
        if (!HAS_WORD.matcher(text).find()) {
            throw new IllegalArgumentException("article body is empty after cleaning (no letters or digits left)");
        }
        return Truncation.cut(text, maxChars, metadata);
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

    /**
     * NFC; line breaks unified to "\n"; invisible characters (soft hyphen, zero-width space, BOM) and control
     * characters removed; runs of horizontal space collapsed into one space; no space at either end of a line; at
     * most one blank line between paragraphs; nothing at either end. One pass: bodies can be megabytes long.
     */
    static String normalize(String text) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        int newlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!(c == '\n' && i > 0 && s.charAt(i - 1) == '\r')) {
                    newlines++;
                }
                space = false;
            } else if (isHorizontalSpace(c)) {
                space = true;
            } else if (!isInvisible(c) && Character.getType(c) != Character.CONTROL) {
                if (!out.isEmpty()) {
                    if (newlines > 0) {
                        out.append(newlines > 1 ? "\n\n" : "\n");
                    } else if (space) {
                        out.append(' ');
                    }
                }
                newlines = 0;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }
}
