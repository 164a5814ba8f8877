package io.mediamon.spikes;

import io.mediamon.schema.SpikeSubject;

/**
 * One article counted for one subject (an entity or a story): what a window keeps of it.
 *
 * @param name the entity's canonical name, or for a story the article's own title (the story's title is looked up
 *     when an alert is made; this is the fallback while the story is not on mediamon.stories yet)
 * @param reportedAt publication time, else fetch time, epoch millis: the time the windows go by
 */
record SubjectArticle(SpikeSubject kind, String name, String articleId, String source, String url, String title,
    long reportedAt) {

  /** The key of the subject's windows and of its alerts: 'entity:' and the name, or the story id. */
  static String entityKey(String canonicalName) {
    return "entity:" + canonicalName;
  }
}
