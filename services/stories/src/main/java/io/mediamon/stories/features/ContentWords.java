package io.mediamon.stories.features;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text that can tell one story from another: lower-cased, stop words ({@code stopwords.txt}) and words
 * under three letters dropped, plurals folded by the "S" stemmer (earthquakes → earthquake, casualties → casualty),
 * and numbers kept (a magnitude, a death toll and a year tell two stories of one kind apart).
 */
public final class ContentWords {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\d+(?:[.,]\\d+)*");
  private static final Set<String> STOP = readStopWords();

  private ContentWords() {}

  /** Each content word with how often it occurs. */
  public static Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    addTo(counts, text, 1);
    return counts;
  }

  /** Adds each content word of {@code text} to {@code counts}, {@code weight} times. */
  public static void addTo(Map<String, Integer> counts, String text, int weight) {
    if (text == null) {
      return;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String word = normalize(m.group());
      if (word != null) {
        counts.merge(word, weight, Integer::sum);
      }
    }
  }

  /** Whether a lower-case word is a stop word. */
  public static boolean isStopWord(String word) {
    return STOP.contains(word);
  }

  /** The word as a feature, or null when it is no content word. */
  static String normalize(String token) {
    char first = token.charAt(0);
    if (Character.isDigit(first)) {
      String number = token.replace(",", "");
      // Single digits are everywhere (counts, dates); two or more digits, or a decimal, say something.
      return number.length() >= 2 ? number : null;
    }
    String word = token.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (word.endsWith("'s")) {
      word = word.substring(0, word.length() - 2);
    }
    if (word.length() < 3 || STOP.contains(word)) {
      return null;
    }
    word = stem(word);
    return STOP.contains(word) ? null : word;
  }

  /** Harman's S stemmer: folds the regular plural only, never two different words into one. */
  static String stem(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (n > 3 && word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
      return word.substring(0, n - 1);
    }
    if (n > 3 && word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  private static Set<String> readStopWords() {
    Set<String> words = new HashSet<>();
    for (String line : ResourceLines.of("/mediamon/stories/stopwords.txt")) {
      int hash = line.indexOf('#');
      String content = hash >= 0 ? line.substring(0, hash) : line;
      for (String word : content.trim().split("\\s+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    return Set.copyOf(words);
  }
}
