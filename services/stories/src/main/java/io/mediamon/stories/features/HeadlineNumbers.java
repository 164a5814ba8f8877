package io.mediamon.stories.features;

import java.util.List;

/**
 * The numbers above ten (not years) that an article's headline names: the toll, the score, the amount, the count the
 * report is about. Further down, a report also names the numbers of earlier happenings of the same kind (last year's
 * toll, the boxer's record), so a number in the body says less about which happening it reports than one in the
 * headline.
 */
public final class HeadlineNumbers {
  /** A headline names a few numbers at most; more is a table or a score line, bounded all the same. */
  static final int MAX = 10;

  private HeadlineNumbers() {}

  /** The headline's numbers, as {@link Numbers#others} writes them (no thousands separators), first mention first. */
  public static List<String> of(String headline) {
    return headline == null ? List.of() : Numbers.others(headline, null, MAX);
  }
}
