package io.mediamon.ingest.feed;

import io.mediamon.ingest.ArticleIds;
import io.mediamon.ingest.PublicationTime;
import io.mediamon.schema.ContentType;
import io.mediamon.schema.RawArticle;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls one feed: conditional GET, safe parse, and one {@link RawArticle} per new item. The id comes from the item's
 * canonical link through {@link ArticleIds}, so the same article in two feeds is one raw article. With full-article
 * fetch on, the body is the linked page's HTML fetched with the same safe fetcher; when that fails, or the feed says
 * not to, the body is the item's own content or description.
 */
public final class FeedPoller {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private final SafeFetcher fetcher;
  private final FeedParser parser;
  private final SeenArticles seen;
  private final Clock clock;
  /** Ids a poll is working on (page fetch, publish), so that a poll of another feed in parallel skips them. */
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();

  public FeedPoller(SafeFetcher fetcher, FeedParser parser, SeenArticles seen, Clock clock) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.seen = seen;
    this.clock = clock;
  }

  /**
   * Ends the claim on these articles, which {@link #poll} returned: once they are marked seen (or failed to publish
   * and may be tried again). Until then a poll of any feed passes over them.
   */
  public void release(List<RawArticle> articles) {
    articles.forEach(article -> claimed.remove(article.getId()));
  }

  /** Whether polls of feeds on one host are spaced out (the fetcher's rate limit). */
  public boolean limitsHosts() {
    return fetcher.limitsHosts();
  }

  /** How long a poll of this feed started now would wait for its host's rate-limit slot. */
  public Duration untilHostFree(FeedConfig feed) {
    return fetcher.untilHostFree(feed.url());
  }

  /** {@code etag} and {@code lastModified} are the validators of the previous poll of this feed, or null. */
  public FeedPoll poll(FeedConfig feed, String etag, String lastModified) {
    // The configured feed's host is the operator's choice; anything the feed's content points to is checked.
    FetchResult result = fetcher.get(feed.url(), etag, lastModified, feed.url().getHost());
    if (result instanceof FetchResult.NotModified) {
      return new FeedPoll(FeedPoll.Outcome.NOT_MODIFIED, List.of(), List.of(), etag, lastModified, null);
    }
    if (result instanceof FetchResult.Failed failed) {
      return new FeedPoll(FeedPoll.Outcome.FAILED, List.of(), List.of(), etag, lastModified, failed.reason());
    }
    FetchResult.Fetched fetched = (FetchResult.Fetched) result;
    List<FeedItem> items;
    try {
      items = parser.parse(fetched.body());
    } catch (FeedParseException e) {
      return new FeedPoll(FeedPoll.Outcome.FAILED, List.of(), List.of(), etag, lastModified, e.getMessage());
    }
    List<RawArticle> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    try {
      for (FeedItem item : items) {
        RawArticle article = toArticle(feed, fetched.finalUrl(), item, ids, problems);
        if (article != null) {
          articles.add(article);
          ids.add(article.getId());
        }
      }
    } catch (RuntimeException e) {
      release(articles); // the caller never sees them, so it cannot release them
      throw e;
    }
    return new FeedPoll(FeedPoll.Outcome.FETCHED, articles, problems, fetched.etag(), fetched.lastModified(), null);
  }

  /** {@code earlier} holds the ids of the articles this poll already made of the feed's earlier items. */
  private RawArticle toArticle(FeedConfig feed, URI feedUrl, FeedItem item, Set<String> earlier,
      List<String> problems) {
    String label = "item '" + (item.title() != null ? item.title() : item.link()) + "'";
    String url = null;
    String id;
    if (item.link() != null) {
      try {
        // Relative links are resolved against the feed's own URL.
        url = ArticleIds.canonicalUrl(feedUrl.resolve(item.link()).toString());
        id = ArticleIds.fromUrl(url);
      } catch (IllegalArgumentException e) {
        problems.add(label + ": unusable link (" + e.getMessage() + ")");
        return null;
      }
    } else if (item.content() != null) {
      id = ArticleIds.fromContent(item.title(), item.content());
    } else {
      problems.add(label + ": neither a link nor content");
      return null;
    }
    // Checked before the page fetch: an item seen in an earlier poll or another feed costs no request, and one
    // that another feed's poll is fetching right now is left to it: the same article in two feeds is one article.
    if (seen.isSeen(id)) {
      return null;
    }
    // Two items of one feed for one article (the same link twice): the first is the article. Said, because the second
    // used to vanish without a trace, which looks the same as an item lost to a bug.
    if (earlier.contains(id)) {
      problems.add(label + ": the same article as an earlier item of this feed, which is kept");
      return null;
    }
    if (!claimed.add(id)) {
      return null;
    }
    RawArticle article = null;
    try {
      article = fetchArticle(feed, item, label, url, id, problems);
      return article;
    } finally {
      if (article == null) {
        claimed.remove(id);
      }
    }
  }

  private RawArticle fetchArticle(FeedConfig feed, FeedItem item, String label, String url, String id,
      List<String> problems) {
    String body = null;
    ContentType type = ContentType.TEXT;
    if (feed.fetchFullArticle() && url != null) {
      FetchResult page = fetcher.get(URI.create(url), null, null, feed.url().getHost());
      if (page instanceof FetchResult.Fetched fetchedPage && isHtml(fetchedPage.contentType())) {
        body = decode(fetchedPage.body(), fetchedPage.contentType());
        type = ContentType.HTML;
      } else if (page instanceof FetchResult.Fetched fetchedPage) {
        // A PDF, image or video behind the link is no article text for the extractor.
        problems.add(label + ": article page is " + fetchedPage.contentType() + ", not HTML, using the feed's text");
      } else {
        problems.add(label + ": article page not fetched ("
            + (page instanceof FetchResult.Failed f ? f.reason() : "not modified") + "), using the feed's text");
      }
    }
    if (body == null) {
      if (item.content() == null) {
        problems.add(label + ": no content in the feed and no article page");
        return null;
      }
      body = item.content();
      type = item.contentIsHtml() ? ContentType.HTML : ContentType.TEXT;
    }
    return RawArticle.newBuilder()
        .setId(id)
        .setUrl(url)
        .setSource(feed.source())
        .setTitle(item.title())
        .setBody(body)
        .setContentType(type)
        .setPublishedAt(publishedAt(item, label, problems))
        .setFetchedAt(clock.instant())
        .setTags(feed.tags().isEmpty() ? null : feed.tags())
        .build();
  }

  /** The item's date when it is plausible; otherwise none (the article goes by its fetch time), said once. */
  private Instant publishedAt(FeedItem item, String label, List<String> problems) {
    if (item.publishedAt() == null) {
      return null;
    }
    String implausible = PublicationTime.implausibility(item.publishedAt(), clock.instant());
    if (implausible != null) {
      problems.add(label + ": date " + implausible + ", using the fetch time");
      return null;
    }
    return item.publishedAt();
  }

  /** A missing Content-Type is given the benefit of the doubt; anything else must say (X)HTML. */
  private static boolean isHtml(String contentType) {
    if (contentType == null) {
      return true;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
  }

  /** The charset of the Content-Type header, else UTF-8 (HTML's meta charset is left to the extractor). */
  static String decode(byte[] body, String contentType) {
    Charset charset = StandardCharsets.UTF_8;
    if (contentType != null) {
      Matcher m = CHARSET.matcher(contentType);
      if (m.find()) {
        try {
          charset = Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          charset = StandardCharsets.UTF_8;
        }
      }
    }
    return new String(body, charset);
  }
}
