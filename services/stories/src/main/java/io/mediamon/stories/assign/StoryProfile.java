package io.mediamon.stories.assign;

import java.util.Map;

/**
 * What the assignment stage keeps of an open story to compare articles with: the sum of its articles' word vectors
 * and entity vectors (each cut to its strongest entries, so a profile stays a few kilobytes whatever the coverage),
 * when it was first and last reported, and how many articles it has.
 */
public record StoryProfile(String storyId, long firstSeen, long lastSeen, int articles, Map<String, Float> terms,
    Map<String, Float> entities) {

  /** Strongest centroid words kept. */
  public static final int MAX_TERMS = 150;
  /** Strongest entity keys kept. */
  public static final int MAX_ENTITIES = 40;
}
