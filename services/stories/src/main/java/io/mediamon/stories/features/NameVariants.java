package io.mediamon.stories.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The other keys under which articles about the same happening name one entity: "Winston K. Blackmore" is also
 * "Winston Blackmore" and, in a later paragraph or another outlet's headline, "Blackmore"; "Afghan" officials act for
 * Afghanistan. Keys are lower case.
 */
public final class NameVariants {
  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  private NameVariants() {}

  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** Variants of a name (never the key itself). */
  public static List<String> of(String canonical, String type, String country) {
    List<String> variants = new ArrayList<>();
    if (type.equals("NORP") && country != null && !country.isBlank()) {
      variants.add(key(country));
    }
    if (!type.equals("PERSON")) {
      return variants;
    }
    List<String> parts = new ArrayList<>(List.of(key(canonical).split(" ")));
    while (parts.size() > 1 && SUFFIXES.contains(parts.get(parts.size() - 1))) {
      parts.remove(parts.size() - 1);
    }
    if (parts.size() < 2) {
      return variants;
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    if (parts.size() > 2) {
      variants.add(first + " " + last); // middle names and initials dropped
    }
    if (last.length() > 2) {
      variants.add(last); // the surname alone, as later mentions and headlines write it
    }
    return variants;
  }
}
