package io.mediamon.stories.assign;

/**
 * What the assignment stage keeps of an open story to compare articles with: the sums of its articles' word and
 * entity vectors (each cut to its strongest entries, so a profile stays a few kilobytes whatever the coverage), the
 * years, numbers, days of a month and weekdays its articles name (bounded), the main persons and the headline numbers
 * of its first article, the main year (the first named) and the sum of money in the opening of each article, when it
 * was first and last reported, how many articles it has, and the sum of its articles' meaning vectors (384 floats;
 * empty when none had one).
 */
record StoryProfile(String storyId, long firstSeen, long lastSeen, int articles, SparseVector terms,
    SparseVector entities, long[] years, long[] numbers, long[] mainPerson, long[] mainYears, long[] days,
    long[] weekdays, long[] headlineNumbers, long[] leadAmounts, float[] meaning) {

  /** Strongest centroid words kept. */
  static final int MAX_TERMS = 150;
  /** Strongest entity name words kept. */
  static final int MAX_ENTITIES = 60;
  /** Years and numbers kept (sorted sets of hashes). */
  static final int MAX_YEARS = 30;
  static final int MAX_NUMBERS = 100;
  /** Main years kept: a story retold over years has a few, never many. */
  static final int MAX_MAIN_YEARS = 10;
  /** Days of a month and weekdays its articles name. */
  static final int MAX_DAYS = 40;
  static final int MAX_WEEKDAYS = 7;
  /** Sums of money its articles' openings name: one per article at most, and a happening has few. */
  static final int MAX_LEAD_AMOUNTS = 10;

  /** The same profile with another meaning vector (empty for none). */
  StoryProfile withMeaning(float[] vector) {
    return new StoryProfile(storyId, firstSeen, lastSeen, articles, terms, entities, years, numbers, mainPerson,
        mainYears, days, weekdays, headlineNumbers, leadAmounts, vector);
  }
}
