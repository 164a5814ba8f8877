package io.mediamon.stories.features;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import io.mediamon.schema.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries and organisations persons act for, where the text says so by naming them right before the person
 * with only the person's title between ("Afghan President Ashraf Ghani", "Taliban spokesman Zabihullah Mujahid",
 * "U.S. envoy Zalmay Khalilzad", "Iran's foreign minister Javad Zarif"); the title must be one the extractor found
 * as the person's role, so "Iran said Ghani" links nothing. A person then also counts as that country or
 * organisation, so that an article about the envoy and one about his government's talks share a name.
 */
final class Affiliations {
  /** Between the affiliation and the person: a possessive, then the title (up to three words), nothing else. */
  private static final Pattern BETWEEN =
      Pattern.compile("(?:'s|’s)?\\s+((?:[\\p{L}.-]+\\s+){1,3})");
  private static final int MAX_GAP = 40;

  private Affiliations() {}

  /** Person canonical name → the keys of what it acts for (a nationality's country, an organisation's name). */
  static Map<String, Set<String>> of(EnrichedArticle article) {
    String text = article.getCleanText();
    List<Anchor> anchors = new ArrayList<>();
    for (Entity e : article.getEntities()) {
      if (e.getType() == EntityType.PERSON || e.getType() == EntityType.MISC) {
        continue;
      }
      String key = e.getType() == EntityType.NORP && e.getCountry() != null ? e.getCountry() : e.getCanonical();
      for (Mention m : e.getMentions()) {
        anchors.add(new Anchor(m.getEnd(), NameVariants.key(key)));
      }
    }
    Map<String, Set<String>> affiliations = new TreeMap<>();
    if (anchors.isEmpty() || text == null) {
      return affiliations;
    }
    for (Entity person : article.getEntities()) {
      if (person.getType() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : person.getMentions()) {
        for (Anchor a : anchors) {
          int gap = m.getBegin() - a.end();
          if (gap > 0 && gap <= MAX_GAP && m.getBegin() <= text.length()
              && isRole(text.substring(a.end(), m.getBegin()), person.getRoles())) {
            affiliations.computeIfAbsent(person.getCanonical(), k -> new LinkedHashSet<>()).add(a.key());
          }
        }
      }
    }
    return affiliations;
  }

  private static boolean isRole(String between, List<String> roles) {
    Matcher m = BETWEEN.matcher(between);
    if (!m.matches()) {
      return false;
    }
    String title = m.group(1).strip().replaceAll("\\s+", " ");
    return roles.stream().anyMatch(r -> r.equalsIgnoreCase(title));
  }

  private record Anchor(int end, String key) {}
}
