package io.mediamon.stories.assign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendar, headline-number, amount and meaning signals of the score, and story profiles written before them. */
class StoryScorerTest {
  private static final StoryScorer.Weights WEIGHTS = new StoryScorer.Weights(0.5, 0.3, 0.05, 0.3, 0.1, 0.05, 0.1,
      0.3, 0.6, 0.4);
  private static final SparseVector WORDS = SparseVector.of(Map.of(1L, 1.0, 2L, 1.0)).unit();
  private static final long[] NONE = new long[0];
  private static final float[] NO_MEANING = new float[0];

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
  void headlinesNamingOtherNumbersAreEvidenceAgainst() {
    StoryScorer scorer = new StoryScorer(WEIGHTS);
    // The story's first headline names 12; its articles name 12 and 40.
    StoryProfile story = numbersStory(hashes("n:12", "n:40"), hashes("n:12"));
    double plain = scorer.score(numbersArticle(NONE, NONE), NONE, story);
    assertEquals(plain - 0.05 - 0.1, scorer.score(numbersArticle(hashes("n:7"), hashes("n:7")), NONE, story), 1e-6,
        "another number in the headline, and the story's nowhere in the article: another happening");
    assertEquals(plain + 0.05, scorer.score(numbersArticle(hashes("n:15"), hashes("n:15", "n:12")), NONE, story),
        1e-6, "a follow-up's headline names a new number (a toll that rose) and its text the first one");
    assertEquals(plain + 0.05, scorer.score(numbersArticle(hashes("n:40"), hashes("n:40")), NONE, story), 1e-6,
        "the article's headline number is the story's, from another of its articles");
    assertEquals(plain - 0.05, scorer.score(numbersArticle(NONE, hashes("n:7")), NONE, story), 1e-6,
        "a number in the body only is the weaker number agreement, not a headline conflict");
    StoryProfile noHeadlineNumbers = numbersStory(hashes("n:12", "n:40"), NONE);
    assertEquals(plain - 0.05, scorer.score(numbersArticle(hashes("n:7"), hashes("n:7")), NONE, noHeadlineNumbers),
        1e-6);
  }

  @Test
  void aSumOfMoneyTenTimesOffEveryOneTheStoryNamesIsAnotherHappening() {
    StoryScorer scorer = new StoryScorer(WEIGHTS);
    // The openings of the story's reports: 40 million (one outlet's estimate) and 55 million (another's).
    StoryProfile story = amountsStory(new long[] {40_000_000, 55_000_000});
    double plain = scorer.score(amountsArticle(NONE), NONE, story);
    assertEquals(plain - 0.3, scorer.score(amountsArticle(new long[] {3_000_000}), NONE, story), 1e-6,
        "a $3 million heist beside a $40 million one");
    assertEquals(plain, scorer.score(amountsArticle(new long[] {30_000_000}), NONE, story), 1e-6,
        "another estimate or currency of the same sum");
    assertEquals(plain, scorer.score(amountsArticle(new long[] {500_000_000}), NONE, story), 1e-6,
        "within ten times the larger of the story's sums");
    assertEquals(plain - 0.3, scorer.score(amountsArticle(new long[] {560_000_000}), NONE, story), 1e-6);
    assertEquals(plain, scorer.score(amountsArticle(new long[] {3_000_000}), NONE, amountsStory(NONE)), 1e-6,
        "a story whose reports name no sum has nothing to compare");
  }

  @Test
  void anArticleAboutSomeoneElseThatNamesTheStorysPersonInPassingIsAnotherHappening() {
    StoryScorer scorer = new StoryScorer(WEIGHTS);
    // The story's first article is about person 7; the article is about person 8 and also names 7 (its entities).
    StoryProfile story = personStory(hashes("e:7"));
    double plain = scorer.score(personArticle(NONE, hashes("e:7", "e:8")), NONE, story);
    assertEquals(plain - 0.3, scorer.score(personArticle(hashes("e:8"), hashes("e:7", "e:8")), NONE, story), 1e-6,
        "named in passing: the article's main person is absent from the story, and the story's is not the article's");
    assertEquals(plain, scorer.score(personArticle(hashes("e:8", "e:7"), hashes("e:7", "e:8")), NONE, story), 1e-6,
        "the story's person among the article's main persons: the same happening, seen from another side");
    assertEquals(plain, scorer.score(personArticle(hashes("e:7"), hashes("e:7", "e:8")), NONE, story), 1e-6);
  }

  @Test
  void profilesOfTheFormatsBeforeMeaningAmountsHeadlineNumbersAndCalendarSignalsReadWithNone() {
    StoryProfile profile = new StoryProfile("sty-1", 0, 0, 1, WORDS, WORDS, NONE, NONE, NONE, NONE, hashes("d:3-14"),
        hashes("w:7"), hashes("n:12"), new long[] {7_000_000}, new float[] {0.6f, 0.8f});
    byte[] v7 = StoryProfileSerde.write(profile);
    StoryProfile back = StoryProfileSerde.read(v7);
    assertArrayEquals(profile.days(), back.days());
    assertArrayEquals(profile.weekdays(), back.weekdays());
    assertArrayEquals(profile.headlineNumbers(), back.headlineNumbers());
    assertArrayEquals(profile.leadAmounts(), back.leadAmounts());
    assertArrayEquals(profile.meaning(), back.meaning(), 1e-4f, "in 16-bit steps of the largest component");
    // version 6: the same layout without the trailing meaning vector (its length, scale and two 16-bit steps)
    byte[] v6 = Arrays.copyOf(v7, v7.length - (4 + 4 + 2 * 2));
    v6[0] = 6;
    StoryProfile six = StoryProfileSerde.read(v6);
    assertArrayEquals(profile.leadAmounts(), six.leadAmounts());
    assertEquals(0, six.meaning().length);
    // version 5: the same layout without the trailing sums of money
    byte[] v5 = Arrays.copyOf(v6, v6.length - (4 + 8));
    v5[0] = 5;
    StoryProfile five = StoryProfileSerde.read(v5);
    assertArrayEquals(profile.headlineNumbers(), five.headlineNumbers());
    assertEquals(0, five.leadAmounts().length);
    // version 4: without the headline numbers either
    byte[] v4 = Arrays.copyOf(v5, v5.length - (4 + 8));
    v4[0] = 4;
    StoryProfile four = StoryProfileSerde.read(v4);
    assertArrayEquals(profile.weekdays(), four.weekdays());
    assertEquals(0, four.headlineNumbers().length);
    // version 3: without days and weekdays either
    byte[] v3 = Arrays.copyOf(v4, v4.length - (4 + 8) - (4 + 8));
    v3[0] = 3;
    StoryProfile old = StoryProfileSerde.read(v3);
    assertEquals(profile.storyId(), old.storyId());
    assertEquals(0, old.days().length);
    assertEquals(0, old.weekdays().length);
    assertEquals(0, old.headlineNumbers().length);
    byte[] unknown = v7.clone();
    unknown[0] = 9;
    assertEquals("story profile of unknown format version 9",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> StoryProfileSerde.read(unknown)).getMessage());
    assertEquals(7, ByteBuffer.wrap(v7).get());
  }

  @Test
  void meaningAboveTheBaselineAddsAndBelowItTakesOff() {
    StoryScorer scorer = new StoryScorer(WEIGHTS);
    // The story's meaning is the sum of two articles' unit vectors: its direction is what counts, not its length.
    StoryProfile story = meaningStory(new float[] {1.2f, 1.6f});
    assertEquals(0.6 * (1 - 0.4), scorer.meaning(meaningArticle(new float[] {0.6f, 0.8f}), story), 1e-6,
        "the same meaning in other words");
    assertEquals(0.6 * (0 - 0.4), scorer.meaning(meaningArticle(new float[] {0.8f, -0.6f}), story), 1e-6,
        "another meaning altogether");
    assertEquals(0, scorer.meaning(meaningArticle(new float[0]), story), 1e-6,
        "an article without a meaning vector: words and names alone");
    assertEquals(0, scorer.meaning(meaningArticle(new float[] {0.6f, 0.8f}), meaningStory(new float[0])), 1e-6,
        "a story profiled before meaning vectors");
    assertEquals(1.5, scorer.score(meaningArticle(new float[] {0.6f, 0.8f}), NONE, story), 1e-6,
        "the score of words, names and conflicts leaves meaning to the join");
  }

  private static ArticleVector meaningArticle(float[] meaning) {
    return new ArticleVector(WORDS, WORDS, NONE, NONE, NONE, NONE, new float[0], NONE, NONE, NONE, NONE, meaning);
  }

  private static StoryProfile meaningStory(float[] meaning) {
    return new StoryProfile("sty-1", 0, 0, 2, WORDS, WORDS, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, meaning);
  }

  private static ArticleVector article(long[] days, long[] weekdays) {
    return new ArticleVector(WORDS, WORDS, NONE, NONE, NONE, NONE, new float[0], days, weekdays, NONE, NONE,
        NO_MEANING);
  }

  private static ArticleVector numbersArticle(long[] headlineNumbers, long[] numbers) {
    return new ArticleVector(WORDS, WORDS, NONE, numbers, NONE, NONE, new float[0], NONE, NONE, headlineNumbers,
        NONE, NO_MEANING);
  }

  private static StoryProfile numbersStory(long[] numbers, long[] headlineNumbers) {
    return new StoryProfile("sty-1", 0, 0, 1, WORDS, WORDS, NONE, numbers, NONE, NONE, NONE, NONE, headlineNumbers,
        NONE, NO_MEANING);
  }

  private static ArticleVector amountsArticle(long[] leadAmounts) {
    return new ArticleVector(WORDS, WORDS, NONE, NONE, NONE, NONE, new float[0], NONE, NONE, NONE, leadAmounts,
        NO_MEANING);
  }

  private static StoryProfile amountsStory(long[] leadAmounts) {
    return new StoryProfile("sty-1", 0, 0, 1, WORDS, WORDS, NONE, NONE, NONE, NONE, NONE, NONE, NONE, leadAmounts,
        NO_MEANING);
  }

  private static ArticleVector personArticle(long[] mainPerson, long[] entityWords) {
    return new ArticleVector(WORDS, vector(entityWords), NONE, NONE, mainPerson, NONE, new float[0], NONE, NONE,
        NONE, NONE, NO_MEANING);
  }

  private static StoryProfile personStory(long[] mainPerson) {
    return new StoryProfile("sty-1", 0, 0, 1, WORDS, vector(mainPerson), NONE, NONE, mainPerson, NONE, NONE, NONE,
        NONE, NONE, NO_MEANING);
  }

  private static SparseVector vector(long[] keys) {
    Map<Long, Double> weights = new java.util.HashMap<>();
    for (long key : keys) {
      weights.put(key, 1.0);
    }
    return SparseVector.of(weights).unit();
  }

  private static StoryProfile story(long[] days, long[] weekdays) {
    return new StoryProfile("sty-1", 0, 0, 1, WORDS, WORDS, NONE, NONE, NONE, NONE, days, weekdays, NONE, NONE,
        NO_MEANING);
  }

  private static long[] hashes(String... features) {
    return Arrays.stream(features).mapToLong(StoryIndex::hash).sorted().toArray();
  }
}
