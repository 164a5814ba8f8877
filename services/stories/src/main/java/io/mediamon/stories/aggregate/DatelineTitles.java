package io.mediamon.stories.aggregate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a title that is only a dateline ("TUESDAY, OCTOBER 11, 2011", "11/28/05", "Updated 5 Dec 2026, 14:02 GMT",
 * "8:24am") from one that says what happened. Some sources put the date where the title goes (pages without a
 * headline whose first line is taken as the title, archive copies); an alert whose headline is a date tells a desk
 * nothing, so a story trades such a headline for the first real one among its articles.
 */
final class DatelineTitles {
  /** Words a dateline is made of besides numbers: weekdays, months, times of day, time zones, "updated". */
  private static final Set<String> DATE_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "am", "pm", "a", "p", "m", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest",
      "updated", "published", "posted", "last", "on", "at", "of", "the");
  /** Words, and numbers with an ordinal suffix ("11th") or a time of day's ("24am", as in "8:24am"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern NUMBER = Pattern.compile("\\p{N}+(st|nd|rd|th|am|pm)?");

  private DatelineTitles() {}

  /** Whether the title names something besides a date and a time: false for null, blank and datelines. */
  static boolean saysWhatHappened(String title) {
    if (title == null) {
      return false;
    }
    var words = WORD.matcher(title.toLowerCase(Locale.ROOT));
    while (words.find()) {
      String word = words.group();
      if (!DATE_WORDS.contains(word) && !NUMBER.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }
}
