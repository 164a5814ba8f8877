package io.mediamon.evaluation.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a system speaker names the gold source. The source is read without the owners of possessives ("Clinton's
 * communications director" is not Clinton, "a spokesman for the ministry" keeps "ministry"); the speaker is right when
 * its whole name is there, or its last word for a name of several words (a surname: "Clinton" for "Hillary
 * Clinton"), or every capitalised word of the source is in the speaker's name ("the Post" for "New York Post"). A
 * description with no capitalised word is named by a speaker whose name holds its head, the description's last word
 * ("the commission" by "Commission on Presidential Debates"); other descriptions ("the former president") cannot be
 * checked without the coreference PolNeAR does not annotate, and count as not named.
 */
final class SpeakerJudge {
  private static final Pattern POSSESSIVE = Pattern.compile("[\\p{L}\\p{N}.\\- ]+?['’]s?\\s+(?=\\p{L})");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private SpeakerJudge() {}

  static boolean right(String speaker, String expected) {
    if (speaker == null || expected == null) {
      return false;
    }
    String source = withoutOwners(expected);
    List<String> sourceWords = words(source, false);
    List<String> speakerWords = words(speaker, false);
    if (speakerWords.isEmpty() || sourceWords.isEmpty()) {
      return false;
    }
    String sourceText = " " + String.join(" ", sourceWords) + " ";
    if (sourceText.contains(" " + String.join(" ", speakerWords) + " ")) {
      return true;
    }
    if (speakerWords.size() > 1 && sourceWords.contains(speakerWords.get(speakerWords.size() - 1))) {
      return true;
    }
    List<String> capitalised = words(source, true);
    if (capitalised.isEmpty()) {
      return speakerWords.contains(sourceWords.get(sourceWords.size() - 1));
    }
    return speakerWords.containsAll(capitalised);
  }

  /** "Clinton's communications director" → "communications director": an owner is not the one speaking. */
  static String withoutOwners(String source) {
    return POSSESSIVE.matcher(source).replaceAll("");
  }

  private static List<String> words(String text, boolean capitalisedOnly) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      boolean capital = Character.isUpperCase(w.codePointAt(0));
      if (!capitalisedOnly || (capital && !(first && List.of("The", "A", "An").contains(w)))) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
      first = false;
    }
    return words;
  }
}
