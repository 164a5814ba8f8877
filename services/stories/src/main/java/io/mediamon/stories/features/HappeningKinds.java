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
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}|\\d+");
  private static final Map<String, String> PHRASES = read();
  private static final int LONGEST = PHRASES.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);

  private HappeningKinds() {}

  /** The kind of the first phrase of {@code happenings.tsv} in the text, or null when it names none. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      words.add(m.group());
    }
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(LONGEST, words.size() - i); n >= 1; n--) {
        String kind = PHRASES.get(String.join(" ", words.subList(i, i + n)));
        if (kind != null) {
          if (!kind.equals(NONE)) {
            return kind;
          }
          i += n - 1; // the whole phrase says nothing of the kind: none of its words may decide
          break;
        }
      }
    }
    return null;
  }

  private static Map<String, String> read() {
    Map<String, String> phrases = new HashMap<>();
    for (String line : ResourceLines.of(RESOURCE)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2 || phrases.put(cells[0].strip(), cells[1].strip()) != null) {
        throw new IllegalStateException(RESOURCE + ": not 'phrase<TAB>KIND' or listed twice: " + line);
      }
    }
    return Map.copyOf(phrases);
  }

  /** Every kind the phrases name. */
  static Set<String> kinds() {
    Set<String> kinds = new TreeSet<>(PHRASES.values());
    kinds.remove(NONE);
    return kinds;
  }
}
