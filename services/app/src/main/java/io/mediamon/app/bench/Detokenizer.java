package io.mediamon.app.bench;

import java.util.List;
import java.util.Set;

/**
 * Joins Penn-Treebank-style tokens (as in CoNLL files) back into running text the way a newspaper prints it:
 * no space before closing punctuation and clitics ("'s", "n't"), none after opening brackets and currency
 * signs, and straight double quotes alternately opening and closing within a sentence.
 */
final class Detokenizer {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "?", "!", "%", ")", "]", "}",
      "...", "'s", "'S", "'ll", "'ve", "'m", "'re", "'d", "n't", "N'T", "'");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "#");

  private Detokenizer() {}

  static String join(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    boolean spaceBefore = false;
    boolean insideQuote = false;
    for (String token : tokens) {
      boolean quote = token.equals("\"");
      boolean attachLeft = NO_SPACE_BEFORE.contains(token) || (quote && insideQuote);
      if (text.length() > 0 && spaceBefore && !attachLeft) {
        text.append(' ');
      }
      text.append(token);
      // After an opening quote or bracket the next word attaches; after anything else it does not.
      spaceBefore = !(NO_SPACE_AFTER.contains(token) || (quote && !insideQuote));
      if (quote) {
        insideQuote = !insideQuote;
      }
    }
    return text.toString();
  }
}
