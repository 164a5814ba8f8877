package io.mediamon.stories.assign;

import java.util.Arrays;

/**
 * How strongly an article belongs to an open story. The base is the cosine of their word vectors plus half the cosine
 * of their entity vectors (both TF-IDF weighted with online document frequencies, so shared rare names and words
 * count, shared common ones barely). Then what tells two happenings of one kind apart, measured on annotated stories
 * with `mediamon eval stories` (README, Stories):
 * <ul>
 *   <li>both name years, and none in common, or the year the article reports in (its first) is not one the story's
 *       articles report in: another happening (a 2008 raid is not a 2009 war);</li>
 *   <li>both name other numbers: one in common (a toll, a score) is a little evidence for, none a little against;</li>
 *   <li>the article's main persons (its most salient few, not those in the news everywhere) are absent from the
 *       story, and the story's first article's are not among the article's main persons: the same kind of event,
 *       about someone else. The article may name the story's person in passing ("the latest arrest after X's"):
 *       background, not what it reports;</li>
 *   <li>both name the same day of a month ("March 14"): a little evidence for (reports of one happening name its
 *       day; two happenings of one kind share one by chance only);</li>
 *   <li>both name weekdays, and none in common: a little evidence against ("on Sunday" and "on Tuesday");</li>
 *   <li>the article's headline and the story's first headline both name numbers above ten, and neither's are named
 *       by the other at all: another happening of the kind (another toll, score or amount). Numbers anywhere in the
 *       text say less, as a report also names those of earlier happenings: compared all through, they only give
 *       the weaker number agreement above;</li>
 *   <li>the article's opening names a sum of money and the openings of the story's articles name sums, none within a
 *       factor of ten of it: a $2 million jewel heist is not the $100 million one, a $300 million takeover not the
 *       $5 billion one.</li>
 * </ul>
 * Months alone are not compared: a report names other months for background as often as the month it reports in.
 *
 * <p>When an article is decided against its candidate stories, {@link #meaning} adds what its meaning vector says:
 * the same happening told in other words scores higher, other news that shares a few words lower.
 */
final class StoryScorer {
  /**
   * Sums of money within this factor of each other may be one happening's: the reports of one heist or deal differ in
   * estimate and currency by less. Measured on annotated news: any factor from 5 to 20 gives the same stories.
   */
  static final double AMOUNT_FACTOR = 10;
  /**
   * Weights of the signals (settings stories.entity-weight, -year-conflict, -number-agreement, -person-conflict,
   * -day-agreement, -weekday-conflict, -headline-number-conflict, -amount-conflict, -meaning-weight and
   * -meaning-baseline).
   */
  public record Weights(double entities, double yearConflict, double numbers, double personConflict,
      double dayAgreement, double weekdayConflict, double headlineNumberConflict, double amountConflict,
      double meaning, double meaningBaseline) {}

  private final Weights weights;

  StoryScorer(Weights weights) {
    this.weights = weights;
  }

  /**
   * How alike their words and names are (the base of the score), before what tells two happenings of one kind apart:
   * an article that resembles a story this much but scores under the threshold reports the same kind of thing.
   */
  double resemblance(ArticleVector article, StoryProfile story) {
    return article.terms().cosine(story.terms()) + weights.entities() * article.entities().cosine(story.entities());
  }

  /** @param mainYear the hash of the first year the article names (empty when it names none) */
  double score(ArticleVector article, long[] mainYear, StoryProfile story) {
    return score(article, mainYear, story, resemblance(article, story));
  }

  /** The score, given the {@link #resemblance} of article and story. */
  double score(ArticleVector article, long[] mainYear, StoryProfile story, double resemblance) {
    double score = resemblance;
    if (article.years().length > 0 && story.years().length > 0 && (!intersects(article.years(), story.years())
        || mainYearConflict(article, mainYear, story))) {
      score -= weights.yearConflict();
    }
    if (article.numbers().length > 0 && story.numbers().length > 0) {
      score += intersects(article.numbers(), story.numbers()) ? weights.numbers() : -weights.numbers();
    }
    if (article.mainPerson().length > 0 && story.mainPerson().length > 0
        && Arrays.stream(article.mainPerson()).noneMatch(story.entities()::contains)
        && !intersects(story.mainPerson(), article.mainPerson())) {
      score -= weights.personConflict();
    }
    if (intersects(article.days(), story.days())) {
      score += weights.dayAgreement();
    }
    if (article.weekdays().length > 0 && story.weekdays().length > 0
        && !intersects(article.weekdays(), story.weekdays())) {
      score -= weights.weekdayConflict();
    }
    if (headlineNumberConflict(article, story)) {
      score -= weights.headlineNumberConflict();
    }
    if (amountConflict(article, story)) {
      score -= weights.amountConflict();
    }
    return score;
  }

  /**
   * What the article's meaning vector adds to its score against the story (or takes off): above the baseline, its
   * reports in other words; around it, another happening of the kind. Nothing when either has none.
   */
  double meaning(ArticleVector article, StoryProfile story) {
    if (article.meaning().length == 0 || article.meaning().length != story.meaning().length) {
      return 0;
    }
    return weights.meaning() * (cosine(article.meaning(), story.meaning()) - weights.meaningBaseline());
  }

  /**
   * The year the article reports in (the first it names) is none its story's articles report in, and the article names
   * none of those either: a 2014 Oscars host is not the 2009 one, though both articles look back on other years and
   * so share some.
   */
  private static boolean mainYearConflict(ArticleVector article, long[] mainYear, StoryProfile story) {
    return !intersects(mainYear, story.mainYears()) && !intersects(article.years(), story.mainYears());
  }

  /**
   * Both headlines name numbers, the article names none of the story's first headline's anywhere, and the story none
   * of the article's headline's: "7 killed" against "12 killed". Either way round is enough to keep them together, as
   * a follow-up's headline names a new number (a toll that rose) while its text repeats the first.
   */
  private static boolean headlineNumberConflict(ArticleVector article, StoryProfile story) {
    return article.headlineNumbers().length > 0 && story.headlineNumbers().length > 0
        && !intersects(article.headlineNumbers(), story.numbers())
        && !intersects(story.headlineNumbers(), article.numbers());
  }

  /**
   * The article's opening names a sum of money, the story's articles' openings name some, and none is within a factor
   * of {@link #AMOUNT_FACTOR} of the article's: a $2 million heist is not the $100 million one, while the reports of
   * one happening differ in estimate and currency by less.
   */
  private static boolean amountConflict(ArticleVector article, StoryProfile story) {
    if (article.leadAmounts().length == 0 || story.leadAmounts().length == 0) {
      return false;
    }
    double amount = article.leadAmounts()[0];
    for (long other : story.leadAmounts()) {
      if (Math.max(other, amount) < AMOUNT_FACTOR * Math.min(other, amount)) {
        return false;
      }
    }
    return true;
  }

  /** The cosine of two dense vectors of one length (0 when either is zero). */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
  }

  /** Whether two sorted arrays share an element. */
  static boolean intersects(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }
}
