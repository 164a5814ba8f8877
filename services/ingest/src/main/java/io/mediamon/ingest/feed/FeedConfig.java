package io.mediamon.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One configured feed.
 *
 * @param url the feed's http(s) URL
 * @param source the source name written into every raw article from this feed
 * @param pollInterval how often the feed is fetched
 * @param tags free-form labels of the feed (kept for routing and reporting)
 * @param fetchFullArticle whether the page behind each item's link is fetched and used as the body (default on)
 */
public record FeedConfig(URI url, String source, Duration pollInterval, List<String> tags, boolean fetchFullArticle) {
  public FeedConfig {
    tags = List.copyOf(tags);
  }
}
