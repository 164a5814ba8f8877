package io.mediamon.watches;

import java.util.Locale;

/**
 * A text to find terms in as whole words: "Iran" is in "Iran's envoy" and "talks in Iran", not in "Iranian" nor
 * "Tirana". Case is ignored, except for a term written all in capitals (an acronym: "UN", "WHO"), which must be found
 * so, or "un" and "who" in any sentence would match. The lower-case form is made once per text, not once per term:
 * every story version is matched against every watch's terms.
 */
final class TermMatcher {
  private final String text;
  private final String lower;

  TermMatcher(String text) {
    this.text = text == null ? "" : text;
    this.lower = this.text.toLowerCase(Locale.ROOT);
  }

  static boolean contains(String text, String term) {
    return new TermMatcher(text).contains(term);
  }

  boolean contains(String term) {
    if (term == null || term.isBlank()) {
      return false;
    }
    String needle = term.strip();
    boolean acronym = needle.codePoints().filter(Character::isLetter).count() > 1
        && needle.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    String haystack = acronym ? text : lower;
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
