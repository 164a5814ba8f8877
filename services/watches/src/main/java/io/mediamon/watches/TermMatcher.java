package io.mediamon.watches;

import java.util.Locale;

/**
 * Whether a term occurs in a text as whole words: "Iran" is in "Iran's envoy" and "talks in Iran", not in "Iranian"
 * nor "Tirana". Case is ignored, except for a term written all in capitals (an acronym: "UN", "WHO"), which must be
 * found so, or "un" and "who" in any sentence would match.
 */
final class TermMatcher {
  private TermMatcher() {}

  static boolean contains(String text, String term) {
    if (text == null || term == null || term.isBlank()) {
      return false;
    }
    String needle = term.strip();
    boolean acronym = needle.codePoints().filter(Character::isLetter).count() > 1
        && needle.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    String haystack = acronym ? text : text.toLowerCase(Locale.ROOT);
    if (!acronym) {
      needle = needle.toLowerCase(Locale.ROOT);
    }
    for (int from = haystack.indexOf(needle); from >= 0; from = haystack.indexOf(needle, from + 1)) {
      int end = from + needle.length();
      if ((from == 0 || !Character.isLetterOrDigit(haystack.codePointBefore(from)))
          && (end == haystack.length() || !Character.isLetterOrDigit(haystack.codePointAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
