package io.mediamon.stories.features;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar a text names besides years: months ("m:3"), days of a month ("d:3-14" for "March 14" or "14 March")
 * and weekdays ("w:7"), in order of first mention. Two happenings of one kind are often told apart by when they
 * happened; a report names its day ("on Sunday", "on March 14"), and the reports of one happening name the same.
 * Only capitalised English month and weekday names and their abbreviations (a generic lexicon, as datelines write
 * them: "Jul. 7", "16 Sep 2013"); "May" only with a day, a year or a preposition of time before it, and an
 * abbreviation without its period only with a day or a year, so that the verb and names are not read as months.
 */
final class Dates {
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
      + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";
  /** A month, with the day of the month before ("14 March") or after it ("March 14", "March 14th"). */
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?:\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?\\b" + MONTH + "(?!\\w)(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
          + "(?!\\s*[:.]\\d))?(\\s*,?\\s*\\d{4}\\b)?");
  private static final Pattern TIME_PREPOSITION = Pattern.compile(
      "\\b(?:in|of|since|last|early|late|mid|next|until|by|from|through|this)[\\s-]+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b");

  private Dates() {}

  static List<String> of(String title, String text, int limit) {
    Set<String> found = new LinkedHashSet<>();
    for (String s : new String[] {title, text}) {
      if (s == null) {
        continue;
      }
      Matcher m = MONTH_DAY.matcher(s);
      while (m.find() && found.size() < limit) {
        String name = m.group(2).toLowerCase().replace(".", "");
        int month = monthOf(name);
        String dayBefore = m.group(1);
        String dayAfter = m.group(3);
        boolean dated = dayBefore != null || dayAfter != null || m.group(4) != null;
        if (name.equals("may") && !dated
            && !TIME_PREPOSITION.matcher(s.substring(Math.max(0, m.start(2) - 12), m.start(2))).find()) {
          continue;
        }
        if (!dated && m.group(2).length() <= 4 && !m.group(2).endsWith(".") && !name.equals("may")
            && !name.equals("june") && !name.equals("july")) {
          continue; // "Sep" or "Dec" alone may be a word or a name; with a day or a year it is the month
        }
        found.add("m:" + month);
        String day = dayAfter != null ? dayAfter : dayBefore;
        if (day != null) {
          int d = Integer.parseInt(day);
          if (d >= 1 && d <= 31) {
            found.add("d:" + month + "-" + d);
          }
        }
      }
      Matcher w = WEEKDAY.matcher(s);
      while (w.find() && found.size() < limit) {
        found.add("w:" + (WEEKDAYS.indexOf(w.group(1).toLowerCase()) + 1));
      }
    }
    return List.copyOf(found);
  }

  private static int monthOf(String name) {
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).startsWith(name)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
