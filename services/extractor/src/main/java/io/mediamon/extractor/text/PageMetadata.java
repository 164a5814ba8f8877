package io.mediamon.extractor.text;

import java.time.Duration;
import java.time.Instant;

/**
 * What an HTML page says about itself in its head: headline, author(s), publication time and canonical URL. Any
 * field is null when the page does not state it (plain-text articles state nothing).
 *
 * @param title        the headline (JSON-LD headline, og:title, twitter:title, then the title element)
 * @param byline       the author(s) as the page names them, several joined by ", "
 * @param publishedAt  when the page says it was first published
 * @param canonicalUrl the absolute http(s) URL the page names as its own
 */
public record PageMetadata(String title, String byline, Instant publishedAt, String canonicalUrl) {

    /** Nothing known: plain text, or a page without metadata. */
    public static final PageMetadata NONE = new PageMetadata(null, null, null, null);

    /** Clocks and time zones differ between a site and the fetcher; beyond this a date in the future is wrong. */
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);

    /**
     * The stated publication time, unless it lies after the fetch time (a page cannot be published after it was
     * fetched; such dates are template placeholders or "updated" stamps in the future).
     */
    public Instant publishedAtNotAfter(Instant fetchedAt) {
        if (publishedAt == null || fetchedAt == null) {
            return publishedAt;
        }
        return publishedAt.isAfter(fetchedAt.plus(CLOCK_SKEW)) ? null : publishedAt;
    }
}
