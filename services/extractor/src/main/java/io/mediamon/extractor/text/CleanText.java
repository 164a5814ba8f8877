package io.mediamon.extractor.text;

/**
 * The text of an article after cleaning.
 *
 * @param text           clean text: paragraphs separated by a blank line, at most {@link ArticleText#MAX_CHARS} chars
 * @param truncated      whether the cleaned text was longer than the cap and was cut
 * @param originalLength length of the cleaned text before truncation
 */
public record CleanText(String text, boolean truncated, int originalLength) {
}
