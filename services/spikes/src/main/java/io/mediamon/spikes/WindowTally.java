package io.mediamon.spikes;

/**
 * A window's counts alone, what baselines and the end of a spike are judged by: kept for the whole baseline period,
 * so it is a few bytes (the outlets and sample articles behind it live only as long as the window can alert, in
 * {@link WindowCount}).
 *
 * @param outlets distinct outlets, as far as they were known: an article that arrives after its window can no longer
 *     alert adds to the articles only
 */
record WindowTally(int articles, int outlets) {
  static final WindowTally EMPTY = new WindowTally(0, 0);

  static WindowTally of(WindowCount count) {
    return new WindowTally(count.articles(), count.outletCount());
  }

  WindowTally atLeast(WindowTally other) {
    return new WindowTally(Math.max(articles, other.articles), Math.max(outlets, other.outlets));
  }

  /** One more article whose outlet is not known to be new. */
  WindowTally plusArticle() {
    return new WindowTally(articles + 1, outlets);
  }
}
