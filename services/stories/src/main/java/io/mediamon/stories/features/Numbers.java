package io.mediamon.stories.features;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text names. Two happenings of one kind (two earthquakes, two fights of one boxer) are often told apart
 * only by their year, their toll or their score, so years and other numbers are story features of their own.
 */
final class Numbers {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\d+(?:[.,]\\d+)*(?![\\w])");

  private Numbers() {}

  /** Years from 1950 to 2049, in order of first mention. */
  static List<Integer> years(String title, String text, int limit) {
    Set<Integer> years = new LinkedHashSet<>();
    for (String n : all(title, text)) {
      if (isYear(n) && years.size() < limit) {
        years.add(Integer.parseInt(n));
      }
    }
    return new ArrayList<>(years);
  }

  /** Numbers above ten that are not years, as written without thousands separators. */
  static List<String> others(String title, String text, int limit) {
    Set<String> numbers = new LinkedHashSet<>();
    for (String n : all(title, text)) {
      String plain = n.replaceAll(",(?=\\d{3}(\\D|$))", "");
      if (isYear(plain) || numbers.size() >= limit) {
        continue;
      }
      try {
        if (Double.parseDouble(plain.replace(',', '.')) > 10) {
          numbers.add(plain);
        }
      } catch (NumberFormatException e) {
        // "1.2.3": not a number a reader would compare; not a feature
      }
    }
    return new ArrayList<>(numbers);
  }

  private static boolean isYear(String n) {
    return n.length() == 4 && n.chars().allMatch(Character::isDigit)
        && Integer.parseInt(n) >= 1950 && Integer.parseInt(n) <= 2049;
  }

  private static List<String> all(String title, String text) {
    List<String> found = new ArrayList<>();
    for (String s : new String[] {title, text}) {
      if (s == null) {
        continue;
      }
      Matcher m = NUMBER.matcher(s);
      while (m.find()) {
        found.add(m.group());
      }
    }
    return found;
  }
}
