package io.mediamon.evaluation.claims;

import java.util.Set;
import java.util.regex.Pattern;

/** How an attribution's source is written: a name, a pronoun, or a description ("a source", "the report"). */
enum SourceKind {
  NAMED, PRONOUN, DESCRIPTION, NONE;

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her",
      "their", "its", "him", "them", "us", "me", "our", "my", "your", "who", "whom", "which", "that");
  /** Relative pronouns: they refer to the phrase right before them ("Tim Kaine, who said ..."). */
  static final Set<String> RELATIVE = Set.of("who", "whom", "which", "that");
  private static final Set<String> LEADING = Set.of("the", "a", "an", "this", "that", "these", "those", "another",
      "some", "many", "several", "one", "two", "three", "both", "most", "other", "more", "all");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  static SourceKind of(String source) {
    return of(source, "");
  }

  /**
   * @param text the document: a capitalised first word that it also writes in lower case ("Sources said" beside
   *     "other sources") is a common noun at the start of a sentence, not a name
   */
  static SourceKind of(String source, String text) {
    if (source == null || source.isBlank()) {
      return NONE;
    }
    String trimmed = source.strip();
    if (PRONOUNS.contains(trimmed.toLowerCase(java.util.Locale.ROOT))) {
      return PRONOUN;
    }
    var words = WORD.matcher(trimmed);
    boolean first = true;
    while (words.find()) {
      String w = words.group();
      // A capitalised word that is not a sentence-initial determiner: "Clinton", "The New York Post"'s "New".
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      boolean commonFirst = first && (LEADING.contains(lower) || java.util.regex.Pattern.compile(
          "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(lower) + "(?![\\p{L}\\p{N}])").matcher(text).find());
      if (Character.isUpperCase(w.codePointAt(0)) && !commonFirst) {
        return NAMED;
      }
      first = false;
    }
    return DESCRIPTION;
  }
}
