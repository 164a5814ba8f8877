package io.mediamon.stories.assign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendar signals of the score, and a story profile written before them. */
class StoryScorerTest {
  private static final StoryScorer.Weights WEIGHTS = new StoryScorer.Weights(0.5, 0.3, 0.05, 0.3, 0.1, 0.05);
  private static final SparseVector WORDS = SparseVector.of(Map.of(1L, 1.0, 2L, 1.0)).unit();
  private static final long[] NONE = new long[0];

  @Test
  void theSameDayOfAMonthIsEvidenceForAndOtherWeekdaysAgainst() {
    StoryScorer scorer = new StoryScorer(WEIGHTS);
    StoryProfile story = story(hashes("d:3-14"), hashes("w:7"));
    double plain = scorer.score(article(NONE, NONE), NONE, story);
    assertEquals(1.5, plain, 1e-6);
    assertEquals(plain + 0.1, scorer.score(article(hashes("d:3-14", "d:3-1"), NONE), NONE, story), 1e-6);
    assertEquals(plain, scorer.score(article(hashes("d:3-15"), NONE), NONE, story), 1e-6,
        "another day is no evidence: a report names days of its background too");
    assertEquals(plain - 0.05, scorer.score(article(NONE, hashes("w:2")), NONE, story), 1e-6);
    assertEquals(plain, scorer.score(article(NONE, hashes("w:2", "w:7")), NONE, story), 1e-6);
  }

  @Test
  void aProfileOfTheFormatBeforeCalendarSignalsReadsWithNone() {
    StoryProfile profile = story(hashes("d:3-14"), hashes("w:7"));
    StoryProfile back = StoryProfileSerde.read(StoryProfileSerde.write(profile));
    assertArrayEquals(profile.days(), back.days());
    assertArrayEquals(profile.weekdays(), back.weekdays());
    // version 3: the same layout without the two trailing arrays
    byte[] v4 = StoryProfileSerde.write(profile);
    byte[] v3 = Arrays.copyOf(v4, v4.length - (4 + 8) - (4 + 8));
    v3[0] = 3;
    StoryProfile old = StoryProfileSerde.read(v3);
    assertEquals(profile.storyId(), old.storyId());
    assertEquals(0, old.days().length);
    assertEquals(0, old.weekdays().length);
    byte[] unknown = v4.clone();
    unknown[0] = 9;
    assertEquals("story profile of unknown format version 9",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> StoryProfileSerde.read(unknown)).getMessage());
    assertEquals(4, ByteBuffer.wrap(v4).get());
  }

  private static ArticleVector article(long[] days, long[] weekdays) {
    return new ArticleVector(WORDS, WORDS, NONE, NONE, NONE, NONE, new float[0], days, weekdays);
  }

  private static StoryProfile story(long[] days, long[] weekdays) {
    return new StoryProfile("sty-1", 0, 0, 1, WORDS, WORDS, NONE, NONE, NONE, NONE, days, weekdays);
  }

  private static long[] hashes(String... features) {
    return Arrays.stream(features).mapToLong(StoryIndex::hash).sorted().toArray();
  }
}
