package io.mediamon.stories.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorySplitterTest {
  /** Words, names, years and persons only: what the splits below turn on. */
  private static final StoryScorer SCORER =
      new StoryScorer(new StoryScorer.Weights(0.5, 0.3, 0.05, 0.3, 0, 0, 0, 0, 0, 0));
  private static final long[] NONE = new long[0];

  @Test
  void twoHappeningsInOneStorySplitAndTheFirstArticleStays() {
    // Articles 0, 1 and 3 report one happening (words 0..19), 2 and 4 another of the kind (words 10..29): they share
    // half their words, so the second's first report could join the first's story on its centroid.
    List<StoryProfile> story = List.of(article(0, 20, 1), article(0, 20, 2), article(10, 30, 1),
        article(0, 20, 3), article(10, 30, 2));
    assertEquals(List.of(2, 4), byThreshold(0.55).leaving(story));
  }

  @Test
  void aStoryWhoseArticlesScoreAboveTheThresholdAgainstEachOtherHoldsTogether() {
    List<StoryProfile> story = List.of(article(0, 20, 1), article(0, 20, 2), article(10, 30, 1),
        article(0, 20, 3), article(10, 30, 2));
    // The two groups score about 0.5 against each other: under 0.6 they split, at 0.4 they stay one story.
    assertEquals(List.of(2, 4), byThreshold(0.6).leaving(story));
    assertEquals(List.of(), byThreshold(0.4).leaving(story));
  }

  @Test
  void twoTightGroupsThatResembleEachOtherLooselySplitByTheirCohesion() {
    // Two happenings of one kind: each group's reports share all their words (about 0.98 against each other), the
    // groups share 6 of 20 (about 0.3), above the absolute threshold of 0.2.
    List<StoryProfile> story = List.of(article(0, 20, 1), article(14, 34, 1), article(0, 20, 2),
        article(14, 34, 2), article(0, 20, 3));
    assertEquals(List.of(), byThreshold(0.2).leaving(story));
    assertEquals(List.of(1, 3), new StorySplitter(SCORER, 0.2, 0.5, 0.35).leaving(story));
    assertEquals(List.of(), new StorySplitter(SCORER, 0.2, 0.5, 0.25).leaving(story),
        "not when the groups score above the cohesion threshold against each other");
  }

  @Test
  void aLooseStoryDoesNotSplitByCohesion() {
    // One happening told in other words: every report shares the same 6 of its 20 words with every other (about 0.3
    // between any two), so any two groups score as low within as between.
    List<StoryProfile> story = List.of(core(100), core(200), core(300), core(400), core(500));
    assertEquals(List.of(), new StorySplitter(SCORER, 0.2, 0.5, 0.35).leaving(story));
    assertEquals(List.of(), new StorySplitter(SCORER, 0.2, 0.9, 0.35).leaving(story));
  }

  @Test
  void aSingleOddReportDoesNotSplitOff() {
    List<StoryProfile> story = List.of(article(0, 20, 1), article(0, 20, 2), article(0, 20, 3),
        article(100, 120, 1));
    assertEquals(List.of(), byThreshold(0.5).leaving(story), "each part needs two articles");
  }

  @Test
  void tooFewArticlesNeverSplit() {
    assertEquals(List.of(), byThreshold(0.9).leaving(List.of(article(0, 20, 1), article(50, 70, 1),
        article(100, 120, 1))));
  }

  @Test
  void conflictsCountArticleAgainstArticle() {
    // The same words throughout; two of the articles name another year: the year conflict tells them apart.
    List<StoryProfile> story = List.of(inYear(article(0, 20, 1), 2008), inYear(article(0, 20, 2), 2008),
        inYear(article(0, 20, 3), 2013), inYear(article(0, 20, 4), 2013));
    assertEquals(List.of(2, 3), byThreshold(0.8).leaving(story));
    assertEquals(List.of(), byThreshold(0.6).leaving(List.of(article(0, 20, 1), article(0, 20, 2),
        article(0, 20, 3), article(0, 20, 4))), "without the years, one story");
  }

  /** An article of words {@code from} to {@code to} (weights varying with {@code seed}), as a story of its own. */
  private static StoryProfile article(int from, int to, int seed) {
    Map<Long, Double> words = new HashMap<>();
    for (int w = from; w < to; w++) {
      words.put((long) w, 1.0 + ((w * 7L + seed) % 3) / 10.0);
    }
    return new StoryProfile("a", 0, 0, 1, SparseVector.of(words).unit(), SparseVector.EMPTY, NONE, NONE, NONE,
        NONE, NONE, NONE, NONE, NONE, new float[0]);
  }

  /** A splitter by the absolute threshold alone (no split by cohesion). */
  private static StorySplitter byThreshold(double threshold) {
    return new StorySplitter(SCORER, threshold, 0, 0);
  }

  /** An article of the six words every such article shares and fourteen of its own from {@code own}. */
  private static StoryProfile core(int own) {
    Map<Long, Double> words = new HashMap<>();
    for (int w = 0; w < 6; w++) {
      words.put((long) w, 1.0);
    }
    for (int w = own; w < own + 14; w++) {
      words.put((long) w, 1.0);
    }
    return new StoryProfile("a", 0, 0, 1, SparseVector.of(words).unit(), SparseVector.EMPTY, NONE, NONE, NONE,
        NONE, NONE, NONE, NONE, NONE, new float[0]);
  }

  private static StoryProfile inYear(StoryProfile a, long year) {
    return new StoryProfile(a.storyId(), 0, 0, 1, a.terms(), a.entities(), new long[] {year}, NONE, NONE,
        new long[] {year}, NONE, NONE, NONE, NONE, new float[0]);
  }
}
