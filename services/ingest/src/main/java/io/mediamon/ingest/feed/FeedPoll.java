package io.mediamon.ingest.feed;

import io.mediamon.schema.RawArticle;
import java.util.List;

/**
 * The result of polling one feed once.
 *
 * @param outcome what happened
 * @param articles new articles (not seen before), in feed order
 * @param problems items that were skipped or degraded, with the reason (the rest of the feed is still used)
 * @param etag validator to send next time (the previous one when not modified or failed)
 * @param lastModified validator to send next time
 * @param failure why the feed itself failed, for {@link Outcome#FAILED}; else null
 */
public record FeedPoll(Outcome outcome, List<RawArticle> articles, List<String> problems, String etag,
    String lastModified, String failure) {
  public enum Outcome { FETCHED, NOT_MODIFIED, FAILED }

  public FeedPoll {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
