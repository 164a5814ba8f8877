package io.mediamon.stories.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of thing a report's opening says happened, where no second party need be named: a death, an
 * earthquake, an arrest, a verdict, a launch (docs/event-taxonomy.md, "Happenings of one party"). The extractor's
 * event mentions type only who-did-what-to-whom sentences, so without this most stories of the kinds a desk follows
 * (disasters, deaths, arrests, verdicts, sports results) would carry no type. The phrases are in
 * {@code happenings.tsv}; the first one in the text decides, so the headline before the lead.
 */
public final class HappeningKinds {
  private static final String RESOURCE = "/mediamon/stories/happenings.tsv";
  /** A phrase that is no happening although a shorter one in it would be ("death toll"). */
  private static final String NONE = "-";
  /** The third column of a phrase that tells a death without its cause ("died", "killed"). */
  private static final String OUTCOME = "outcome";
  /**
   * The kinds of happening a death is told as the outcome of: "killed in a crash" is an accident, "dead after the
   * quake" a disaster, "died after a shooting" an attack, though "killed" and "died" come first.
   */
  private static final Set<String> CAUSES_OF_DEATH = Set.of("ASSAULT", "ACCIDENT", "DISASTER");
  /**
   * Words after an outcome within which its cause is looked for: "killed in a helicopter crash", "feared dead after
   * being washed away by flash floods"; further on, a sentence has mostly moved on ("died in prison, the boss who
   * ... loan sharking to murder").
   */
  static final int CAUSE_WINDOW = 8;
  /** A word, a number, or the end of a sentence (not a decimal point): a cause is looked for up to there. */
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}|\\d+|[.!?](?!\\d)|\\n");
  private static final Map<String, Phrase> PHRASES = read();
  private static final int LONGEST = PHRASES.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);

  private record Phrase(String kind, boolean outcome) {}

  private HappeningKinds() {}

  /**
   * The kind of the first phrase of {@code happenings.tsv} in the text, or null when it names none; a death told
   * without its cause takes the kind of an attack, accident or disaster that follows it closely in its sentence.
   */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      tokens.add(m.group());
    }
    String outcome = null;
    int outcomeAt = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (outcome != null && (isSentenceEnd(tokens.get(i)) || i - outcomeAt > CAUSE_WINDOW)) {
        return outcome;
      }
      int words = longestPhraseAt(tokens, i);
      if (words == 0) {
        continue;
      }
      Phrase phrase = PHRASES.get(String.join(" ", tokens.subList(i, i + words)));
      i += words - 1; // none of the phrase's words may decide again
      if (phrase.kind().equals(NONE)) {
        continue;
      }
      if (outcome != null) {
        if (!phrase.outcome() && CAUSES_OF_DEATH.contains(phrase.kind())) {
          return phrase.kind();
        }
      } else if (phrase.outcome()) {
        outcome = phrase.kind();
        outcomeAt = i;
      } else {
        return phrase.kind();
      }
    }
    return outcome;
  }

  /** The number of words of the longest phrase starting at token {@code i}, or 0. */
  private static int longestPhraseAt(List<String> tokens, int i) {
    for (int n = Math.min(LONGEST, tokens.size() - i); n >= 1; n--) {
      List<String> words = tokens.subList(i, i + n);
      if (words.stream().noneMatch(HappeningKinds::isSentenceEnd) && PHRASES.containsKey(String.join(" ", words))) {
        return n;
      }
    }
    return 0;
  }

  private static boolean isSentenceEnd(String token) {
    return token.length() == 1 && ".!?\n".contains(token);
  }

  private static Map<String, Phrase> read() {
    Map<String, Phrase> phrases = new HashMap<>();
    for (String line : ResourceLines.of(RESOURCE)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      boolean wellFormed = cells.length == 2 || (cells.length == 3 && cells[2].strip().equals(OUTCOME));
      if (!wellFormed || phrases.put(cells[0].strip(),
          new Phrase(cells[1].strip(), cells.length == 3)) != null) {
        throw new IllegalStateException(RESOURCE + ": not 'phrase<TAB>KIND[<TAB>outcome]' or listed twice: " + line);
      }
    }
    return Map.copyOf(phrases);
  }

  /** Every kind the phrases name. */
  static Set<String> kinds() {
    Set<String> kinds = new TreeSet<>();
    PHRASES.values().forEach(p -> kinds.add(p.kind()));
    kinds.remove(NONE);
    return kinds;
  }
}
