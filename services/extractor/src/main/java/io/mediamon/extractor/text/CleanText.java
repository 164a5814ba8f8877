package io.mediamon.extractor.text;

/**
 * The text of an article after cleaning.
 *
 * @param text           clean text: paragraphs separated by a blank line, at most the length cap
 * @param truncated      whether the cleaned text was longer than the cap and was cut
 * @param originalLength length of the cleaned text before truncation
 * @param metadata       what an HTML page says about itself; {@link PageMetadata#NONE} for plain text
 */
public record CleanText(String text, boolean truncated, int originalLength, PageMetadata metadata) {
}
