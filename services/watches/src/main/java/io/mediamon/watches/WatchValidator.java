package io.mediamon.watches;

import io.mediamon.schema.DestinationKind;
import io.mediamon.schema.Watch;
import io.mediamon.schema.WatchDestination;
import io.mediamon.schema.WatchEntity;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a watch before it is written to the watchlists topic, so that what the alerter reads is always usable: every
 * problem is named by its field ({@code entities[1].name}, {@code destinations[0].target}) so that the person who
 * wrote the watch can fix it.
 */
public final class WatchValidator {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final int MAX_TERMS = 200;
  static final int MAX_TERM_LENGTH = 200;

  private WatchValidator() {}

  /** The watch's problems, each naming its field; empty when it can be used. */
  public static List<String> problems(Watch watch) {
    List<String> problems = new ArrayList<>();
    if (watch.getWatchId() == null || !ID.matcher(watch.getWatchId()).matches()) {
      problems.add("id: '" + watch.getWatchId() + "' must be 1 to 100 letters, digits, '.', '_' or '-'");
    }
    if (watch.getName() == null || watch.getName().isBlank()) {
      problems.add("name: must not be empty");
    }
    List<WatchEntity> entities = watch.getEntities();
    for (int i = 0; i < entities.size(); i++) {
      term(problems, "entities[" + i + "].name", entities.get(i).getName());
      List<String> variants = entities.get(i).getVariants();
      for (int j = 0; j < variants.size(); j++) {
        term(problems, "entities[" + i + "].variants[" + j + "]", variants.get(j));
      }
    }
    terms(problems, "keywords", watch.getKeywords());
    terms(problems, "types", watch.getStoryTypes());
    terms(problems, "places", watch.getPlaces());
    if (entities.isEmpty() && watch.getKeywords().isEmpty() && watch.getStoryTypes().isEmpty()
        && watch.getPlaces().isEmpty()) {
      problems.add("entities, keywords, types, places: a watch needs at least one of them (else it matches everything)");
    }
    if (entities.size() + watch.getKeywords().size() > MAX_TERMS) {
      problems.add("entities, keywords: at most " + MAX_TERMS + " together (split the watch)");
    }
    if (watch.getMinOutlets() < 1) {
      problems.add("minOutlets: " + watch.getMinOutlets() + " must be at least 1");
    }
    if (watch.getSeverity() == null) {
      problems.add("severity: must be one of LOW, MEDIUM, HIGH, CRITICAL");
    }
    List<WatchDestination> destinations = watch.getDestinations();
    for (int i = 0; i < destinations.size(); i++) {
      destination(problems, "destinations[" + i + "]", destinations.get(i));
    }
    return problems;
  }

  /** Throws {@link InvalidWatchException} naming the watch and every problem. */
  public static Watch check(Watch watch) {
    List<String> problems = problems(watch);
    if (!problems.isEmpty()) {
      throw new InvalidWatchException("watch '" + watch.getWatchId() + "': " + String.join("; ", problems));
    }
    return watch;
  }

  private static void terms(List<String> problems, String field, List<String> terms) {
    for (int i = 0; i < terms.size(); i++) {
      term(problems, field + "[" + i + "]", terms.get(i));
    }
  }

  private static void term(List<String> problems, String field, String term) {
    if (term == null || term.isBlank()) {
      problems.add(field + ": must not be empty");
    } else if (term.length() > MAX_TERM_LENGTH) {
      problems.add(field + ": longer than " + MAX_TERM_LENGTH + " characters");
    } else if (!term.codePoints().anyMatch(Character::isLetterOrDigit)) {
      problems.add(field + ": '" + term + "' has no letter or digit");
    }
  }

  private static void destination(List<String> problems, String field, WatchDestination destination) {
    String target = destination.getTarget() == null ? "" : destination.getTarget().trim();
    if (destination.getKind() == DestinationKind.EMAIL) {
      if (!EMAIL.matcher(target).matches()) {
        problems.add(field + ".target: '" + target + "' is not an e-mail address");
      }
      return;
    }
    try {
      URI uri = new URI(target);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
        problems.add(field + ".target: '" + target + "' is not an http(s) URL with a host");
      } else if (uri.getUserInfo() != null) {
        problems.add(field + ".target: credentials in the URL are refused (they would be shown in watch list)");
      }
    } catch (java.net.URISyntaxException e) {
      problems.add(field + ".target: '" + target + "' is not a URL (" + e.getReason() + ")");
    }
  }
}
