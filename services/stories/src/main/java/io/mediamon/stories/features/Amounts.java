package io.mediamon.stories.features;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sum of money a report is about: the first amount its opening names ("$3 million", "40 million euros",
 * "£2.5m"). Two happenings of one kind are often told apart by it (a $100 million jewel heist and a $2 million one, a
 * $5 billion takeover and a $300 million one), while the reports of one happening name amounts within a small factor
 * of each other (estimates differ, currencies are converted). Only amounts with a currency sign or word, so that a toll
 * or a count is not read as one; none under a thousand, which say nothing about which happening a report tells. Only
 * dollars, euros and pounds, which are within a factor of two of each other, so that amounts are compared as written;
 * a yen or rupee amount would need converting first and is not read.
 */
final class Amounts {
  private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "k", 1e3, "million", 1e6, "m", 1e6,
      "mn", 1e6, "mln", 1e6, "billion", 1e9, "bn", 1e9, "b", 1e9, "trillion", 1e12);
  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:[.,]\\d+)?)";
  private static final String SCALE = "(?:[\\s-]*(thousand|million|billion|trillion|mn|mln|bn|m|b|k)\\b)?";
  /** A sign before the number: "$3 million", "US$5bn", "€4m", "£1.2 million". */
  private static final Pattern SIGNED = Pattern.compile(
      "(?:(?<![\\p{L}\\d])(?:US|A|C|NZ|HK)?\\$|€|£)\\s?" + NUMBER + SCALE, Pattern.CASE_INSENSITIVE);
  /** A currency word after it: "40 million euros", "6 mn-euro", "500,000 dollars". */
  private static final Pattern WORDED = Pattern.compile("(?<![\\p{L}\\d.,])" + NUMBER + SCALE
      + "[\\s-]*(?:(?:US|U\\.S\\.|Australian|Canadian)\\s+)?(dollars?|euros?|pounds?(?:\\s+sterling)?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final double LEAST = 1000;

  private Amounts() {}

  /** The first amount of at least a thousand in the text (the opening it is given), or null when it names none. */
  static Double first(String text) {
    if (text == null) {
      return null;
    }
    Matcher signed = SIGNED.matcher(text);
    Matcher worded = WORDED.matcher(text);
    int from = 0;
    while (true) {
      boolean s = signed.find(from);
      int signedAt = s ? signed.start() : Integer.MAX_VALUE;
      boolean w = worded.find(from);
      int wordedAt = w ? worded.start() : Integer.MAX_VALUE;
      if (!s && !w) {
        return null;
      }
      Matcher first = signedAt <= wordedAt ? signed : worded;
      Double value = valueOf(first.group(1), first.group(2));
      if (value != null && value >= LEAST && !(first == worded && isWeight(worded))) {
        return value;
      }
      from = first.end();
    }
  }

  /** "2,000 pounds of explosives" is a weight; "2 million pounds" or "500 pounds sterling" is money. */
  private static boolean isWeight(Matcher worded) {
    String currency = worded.group(3).toLowerCase(Locale.ROOT);
    return currency.startsWith("pound") && !currency.endsWith("sterling") && worded.group(2) == null;
  }

  private static Double valueOf(String number, String scale) {
    // "1,500,000" groups thousands; "2,5" is a decimal comma.
    String plain = number.matches("\\d{1,3}(?:,\\d{3})+") ? number.replace(",", "") : number.replace(',', '.');
    double value;
    try {
      value = Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return null; // not a number a reader would compare: no amount
    }
    return scale == null ? value : value * SCALES.get(scale.toLowerCase(Locale.ROOT));
  }
}
