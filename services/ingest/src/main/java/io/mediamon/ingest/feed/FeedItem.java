package io.mediamon.ingest.feed;

import java.time.Instant;

/**
 * One entry of a parsed feed, independent of the feed format.
 *
 * @param link the item's article URL, or null
 * @param title the item's title, or null
 * @param publishedAt published (or else updated) date, or null
 * @param content the item's content, else its description/summary, or null
 * @param contentIsHtml whether {@code content} is HTML rather than plain text
 */
public record FeedItem(String link, String title, Instant publishedAt, String content, boolean contentIsHtml) {}
