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
 * <p>Either half may come first. A membership is sent at once (the article shows without waiting); when its claims
 * are not known yet it waits in {@value WebTopology#ARTICLE_MEMBERSHIPS_STORE} and the article is sent again with
 * them. Claims wait in {@value WebTopology#ARTICLE_CLAIMS_STORE} for their membership. Each entry is deleted once
 * joined, so the stores hold only the articles in between (and the claims of enriched English articles that never
 * join a story, which the correlator does not do).
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
      ArticlePart.Claims known = claims.get(articleId);
      StoryArticle article = known == null ? part.article() : part.article().withClaims(known.claims());
      if (known == null) {
        memberships.put(articleId, article);
      } else {
        claims.delete(articleId);
      }
      send(record, article);
    } else {
      StoryArticle waiting = memberships.get(articleId);
      if (waiting == null) {
        claims.put(articleId, new ArticlePart.Claims(part.claims()));
      } else {
        memberships.delete(articleId);
        if (!part.claims().isEmpty()) {
          send(record, waiting.withClaims(part.claims()));
        }
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
