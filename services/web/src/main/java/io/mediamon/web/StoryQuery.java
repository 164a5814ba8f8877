package io.mediamon.web;

import io.mediamon.names.ActorNames;
import io.mediamon.schema.ArticleRef;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryClaim;
import io.mediamon.schema.Watch;
import io.mediamon.watches.WatchMatcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The filters of {@code GET /api/stories} (and of an entity's stories), parsed and checked: a bad parameter is a
 * {@link BadRequest} naming it, what it got and what it takes.
 *
 * @param from stories last reported at or after it (null: any)
 * @param to stories first reported at or before it (null: any)
 */
record StoryQuery(Instant from, Instant to, String type, String actor, String place, String watch, int minOutlets,
    String text, int limit, int offset) {

  static final Set<String> PARAMETERS = Set.of("from", "to", "type", "actor", "place", "watch", "minOutlets", "q",
      "limit", "offset");
  static final int MAX_LIMIT = 200;
  static final int MAX_OFFSET = 10_000;

  /** Most recently reported first, then by id: the same order on every instance, so pages can be merged. */
  static final Comparator<Story> ORDER = Comparator.comparing(Story::getLastSeen).reversed()
      .thenComparing(Story::getStoryId);

  static StoryQuery parse(Map<String, String> params, Clock clock) {
    Params.onlyKnown(params, PARAMETERS);
    Instant from = Params.time(params, "from", clock);
    Instant to = Params.time(params, "to", clock);
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadRequest("to: " + to + " is before from: " + from);
    }
    String type = Params.text(params, "type", 64);
    if (type != null && !type.matches("[A-Za-z_]+")) {
      throw new BadRequest("type: '" + type + "' is not a story type (letters and _, e.g. CONSULT, ASSAULT, DISASTER)");
    }
    return new StoryQuery(from, to, type == null ? null : type.toUpperCase(Locale.ROOT),
        Params.text(params, "actor", 200), Params.text(params, "place", 200), Params.text(params, "watch", 200),
        Params.integer(params, "minOutlets", 1, 1, 100_000), Params.text(params, "q", 200),
        Params.integer(params, "limit", 50, 1, MAX_LIMIT), Params.integer(params, "offset", 0, 0, MAX_OFFSET));
  }

  /** The query as parameters again, to ask another instance the same (with {@code offset+limit} as its limit). */
  Map<String, String> forInstances() {
    Map<String, String> params = new LinkedHashMap<>();
    if (from != null) {
      params.put("from", from.toString());
    }
    if (to != null) {
      params.put("to", to.toString());
    }
    putIf(params, "type", type);
    putIf(params, "actor", actor);
    putIf(params, "place", place);
    putIf(params, "watch", watch);
    params.put("minOutlets", String.valueOf(minOutlets));
    putIf(params, "q", text);
    params.put("limit", String.valueOf(Math.min(MAX_OFFSET + MAX_LIMIT, offset + limit)));
    params.put("offset", "0");
    return params;
  }

  private static void putIf(Map<String, String> params, String key, String value) {
    if (value != null) {
      params.put(key, value);
    }
  }

  /**
   * @param watchToMatch the watch named by {@code watch} (null when none is named)
   */
  boolean matches(Story story, Watch watchToMatch) {
    if (from != null && story.getLastSeen().isBefore(from)) {
      return false;
    }
    if (to != null && story.getFirstSeen().isAfter(to)) {
      return false;
    }
    if (type != null && !type.equalsIgnoreCase(String.valueOf(story.getStoryType()))) {
      return false;
    }
    if (place != null && !place.equalsIgnoreCase(String.valueOf(story.getPlace()))) {
      return false;
    }
    if (story.getSourceCount() < minOutlets) {
      return false;
    }
    // A story lists an actor once, under the form of the name its articles use most ("Regina M. Benjamin"), and by
    // its full name once known: the desk's "Regina Benjamin" and "Benjamin" find it.
    if (actor != null && story.getActors().stream()
        .noneMatch(a -> ActorNames.same(a, actor) || ActorNames.isFullNameOf(a, actor))
        && story.getClaims().stream().map(StoryClaim::getSpeaker).noneMatch(s -> ActorNames.same(s, actor))) {
      return false;
    }
    if (text != null && !titlesContain(story, text.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return watchToMatch == null || WatchMatcher.match(story, watchToMatch).isPresent();
  }

  private static boolean titlesContain(Story story, String lowerText) {
    if (story.getTitle().toLowerCase(Locale.ROOT).contains(lowerText)) {
      return true;
    }
    if (story.getHeadline() != null && story.getHeadline().toLowerCase(Locale.ROOT).contains(lowerText)) {
      return true;
    }
    for (ArticleRef ref : story.getTopArticles()) {
      if (ref.getTitle() != null && ref.getTitle().toLowerCase(Locale.ROOT).contains(lowerText)) {
        return true;
      }
    }
    return false;
  }

  /** Query parameters: each checked, with messages that say what was wrong and what is accepted. */
  static final class Params {
    private Params() {}

    static void onlyKnown(Map<String, String> params, Set<String> known) {
      for (String name : params.keySet()) {
        if (!known.contains(name)) {
          throw new BadRequest("unknown parameter '" + name + "' (parameters: " + String.join(", ",
              known.stream().sorted().toList()) + ")");
        }
      }
    }

    static String text(Map<String, String> params, String name, int maxLength) {
      String value = params.get(name);
      if (value == null || value.isBlank()) {
        return null;
      }
      value = value.trim();
      if (value.length() > maxLength) {
        throw new BadRequest(name + ": longer than " + maxLength + " characters");
      }
      return value;
    }

    static int integer(Map<String, String> params, String name, int fallback, int min, int max) {
      String value = params.get(name);
      if (value == null || value.isBlank()) {
        return fallback;
      }
      try {
        int n = Integer.parseInt(value.trim());
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new BadRequest(name + ": '" + value + "' is not a whole number from " + min + " to " + max);
    }

    /** An ISO-8601 instant, a date (its start, UTC), or an ISO-8601 duration that long before now (PT6H, P2D). */
    static Instant time(Map<String, String> params, String name, Clock clock) {
      String value = params.get(name);
      if (value == null || value.isBlank()) {
        return null;
      }
      String v = value.trim();
      try {
        if (v.startsWith("P") || v.startsWith("p")) {
          Duration ago = Duration.parse(v);
          if (ago.isNegative()) {
            throw new BadRequest(name + ": '" + value + "' is a negative duration");
          }
          return clock.instant().minus(ago);
        }
        if (v.length() == 10) {
          return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(v);
      } catch (DateTimeParseException | ArithmeticException e) {
        throw new BadRequest(name + ": '" + value + "' is not a time: give an ISO-8601 instant "
            + "(2026-12-02T10:00:00Z), a date (2026-12-02) or a duration before now (PT6H, P2D)");
      }
    }
  }
}
