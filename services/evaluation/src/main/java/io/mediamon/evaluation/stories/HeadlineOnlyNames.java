package io.mediamon.evaluation.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which names only lines written in headline case write: an actor an alert names that the articles' headline-case
 * lines ("Singer Checks Into Clinic After Crash", or lines in capitals) write and none of their sentence-case lines
 * does is most likely a run of capitalised words the tagger took for a name ("Singer Checks"), not an actor. No
 * annotation says who the actors are; this counts the one kind of wrong actor the texts themselves show. It reads
 * the texts alone, with no tagger, so that it judges the extractor rather than repeating it; a line crowded with
 * names ("Presidents Ana Ruiz and Li Wei Meet") counts as headline case too, so a name only such lines write counts
 * as well: a count to compare builds by, not an exact one.
 */
final class HeadlineOnlyNames {
  /** Words of this many letters or more carry a capital in headline case; shorter ones ("in", "of") may not. */
  private static final int LONG_WORD = 4;
  private static final double HEADLINE_SHARE = 0.8;
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private final String sentenceCase;
  private final String headlineCase;
  private final Map<String, Boolean> known = new HashMap<>();

  private HeadlineOnlyNames(String sentenceCase, String headlineCase) {
    this.sentenceCase = sentenceCase;
    this.headlineCase = headlineCase;
  }

  /** The lines of every article's clean text, told apart by their case. */
  static HeadlineOnlyNames of(List<String> texts) {
    StringBuilder sentenceCase = new StringBuilder();
    StringBuilder headlineCase = new StringBuilder();
    for (String text : texts) {
      for (String line : text.split("\n")) {
        (isHeadlineCase(line) ? headlineCase : sentenceCase).append(line).append('\n');
      }
    }
    return new HeadlineOnlyNames(sentenceCase.toString(), headlineCase.toString());
  }

  /** At least two words of four letters or more, four in five of them capitalised. */
  static boolean isHeadlineCase(String line) {
    int words = 0;
    int capitalised = 0;
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      if (m.group().codePoints().filter(Character::isLetter).count() >= LONG_WORD) {
        words++;
        if (Character.isUpperCase(m.group().codePointAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 2 && capitalised >= HEADLINE_SHARE * words;
  }

  /** Whether headline-case lines write the name and no sentence-case line does. */
  boolean onlyInHeadlines(String name) {
    return known.computeIfAbsent(name, n -> headlineCase.contains(n) && !sentenceCase.contains(n));
  }

  /** Whether one of the names (an alert's actors) is such a name. */
  boolean anyOnlyInHeadlines(List<String> names) {
    return names.stream().anyMatch(this::onlyInHeadlines);
  }
}
