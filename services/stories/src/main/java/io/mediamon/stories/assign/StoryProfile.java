package io.mediamon.stories.assign;

/**
 * What the assignment stage keeps of an open story to compare articles with: the sums of its articles' word and
 * entity vectors (each cut to its strongest entries, so a profile stays a few kilobytes whatever the coverage), the
 * years and numbers its articles name (bounded), the main person of its first article, when it was first and last
 * reported, and how many articles it has.
 */
record StoryProfile(String storyId, long firstSeen, long lastSeen, int articles, SparseVector terms,
    SparseVector entities, long[] years, long[] numbers, long[] mainPerson) {

  /** Strongest centroid words kept. */
  static final int MAX_TERMS = 150;
  /** Strongest entity name words kept. */
  static final int MAX_ENTITIES = 60;
  /** Years and numbers kept (sorted sets of hashes). */
  static final int MAX_YEARS = 30;
  static final int MAX_NUMBERS = 100;
}
