package io.mediamon.web;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Joins an article's membership with its enriched record's claims, keyed by article id (both topics are keyed and
 * partitioned by article id, so both halves meet in one task), and sends the article re-keyed by its story id, and
 * by the id of each followed event it also reports (the coverage of a followed event is a story under the event's
 * id).
 *
 * <p>Either half may come first. A membership is sent at once (the article shows without waiting) and kept in
 * {@value WebTopology#ARTICLE_MEMBERSHIPS_STORE} as last sent; claims that come later are added to it and the article
 * is sent again with them. Claims wait in {@value WebTopology#ARTICLE_CLAIMS_STORE} for their membership, and are
 * deleted once joined. A membership can come again: when its story split, the correlator sends every article of both
 * parts again (reason {@code split}). Such an article keeps the claims it was shown with, and one that moved to
 * another story is also sent, keyed by the story it left, to be taken out of it there (a record whose key is not its
 * story id: see {@link StoryArticlesIndexer}).
 */
final class ArticleJoiner implements Processor<String, ArticlePart, String, StoryArticle> {
  private ProcessorContext<String, StoryArticle> context;
  private KeyValueStore<String, ArticlePart.Claims> claims;
  private KeyValueStore<String, StoryArticle> memberships;

  @Override
  public void init(ProcessorContext<String, StoryArticle> context) {
    this.context = context;
    claims = context.getStateStore(WebTopology.ARTICLE_CLAIMS_STORE);
    memberships = context.getStateStore(WebTopology.ARTICLE_MEMBERSHIPS_STORE);
  }

  @Override
  public void process(Record<String, ArticlePart> record) {
    String articleId = record.key();
    ArticlePart part = record.value();
    if (articleId == null || part == null) {
      return; // a tombstone of a compacted topic, or a record without a key: nothing to show
    }
    if (part.article() != null) {
      StoryArticle before = memberships.get(articleId);
      ArticlePart.Claims known = claims.get(articleId);
      StoryArticle article = known != null ? part.article().withClaims(known.claims())
          : before != null ? part.article().withClaims(before.claims()) : part.article();
      if (known != null) {
        claims.delete(articleId);
      }
      memberships.put(articleId, article);
      if (before != null && !before.storyId().equals(article.storyId())) {
        context.forward(record.withKey(before.storyId()).withValue(article)); // out of the story it left
      }
      send(record, article);
    } else {
      StoryArticle sent = memberships.get(articleId);
      if (sent == null) {
        claims.put(articleId, new ArticlePart.Claims(part.claims()));
      } else if (!part.claims().isEmpty()) {
        StoryArticle joined = sent.withClaims(part.claims());
        memberships.put(articleId, joined);
        send(record, joined);
      }
    }
  }

  /** To its story, and to each followed event it also reports (a followed event's story id is the event's id). */
  private void send(Record<String, ArticlePart> record, StoryArticle article) {
    context.forward(record.withKey(article.storyId()).withValue(article));
    for (String followed : article.followedEventIds()) {
      if (!followed.equals(article.storyId())) {
        context.forward(record.withKey(followed).withValue(article.in(followed)));
      }
    }
  }
}
