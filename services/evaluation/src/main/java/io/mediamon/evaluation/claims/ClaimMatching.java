package io.mediamon.evaluation.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs system claims with gold attributions by their contents, as the data's README scores them: word-token overlap
 * coefficient (shared words / words of the shorter) at least 0.5, one to one, best overlap first. Words, not offsets,
 * because the system's clean text differs from the raw text.
 */
final class ClaimMatching {
  static final double MIN_OVERLAP = 0.5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A matched pair: indexes into the gold and the system lists. */
  record Pair(int gold, int system, double overlap) {}

  private ClaimMatching() {}

  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return (double) shared / Math.min(a.size(), b.size());
  }

  static List<Pair> match(List<String> gold, List<String> system) {
    List<Set<String>> g = gold.stream().map(ClaimMatching::words).toList();
    List<Set<String>> s = system.stream().map(ClaimMatching::words).toList();
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < s.size(); j++) {
        double o = overlap(g.get(i), s.get(j));
        if (o >= MIN_OVERLAP) {
          candidates.add(new Pair(i, j, o));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Pair::overlap).reversed().thenComparingInt(Pair::gold)
        .thenComparingInt(Pair::system));
    Set<Integer> usedGold = new HashSet<>();
    Set<Integer> usedSystem = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Pair p : candidates) {
      if (!usedGold.contains(p.gold()) && !usedSystem.contains(p.system())) {
        usedGold.add(p.gold());
        usedSystem.add(p.system());
        pairs.add(p);
      }
    }
    return pairs;
  }
}
