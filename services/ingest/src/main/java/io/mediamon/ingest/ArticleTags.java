package io.mediamon.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tags a raw article carries: labels from the feed configuration or the pushing system that alerting can route
 * on. Normalized here once, so that "World " and "world" are one tag wherever the article came from.
 */
public final class ArticleTags {
  /** More is a sign of a mistake (a body pasted into the field), not of careful labelling. */
  public static final int MAX_TAGS = 32;
  public static final int MAX_LENGTH = 64;

  private ArticleTags() {}

  /**
   * Trimmed, lower-case, without repeats, in first-seen order; null for none (the schema's "no tags").
   *
   * @throws IllegalArgumentException for an empty tag, one longer than {@link #MAX_LENGTH}, or more than
   *     {@link #MAX_TAGS}, with a message naming it
   */
  public static List<String> normalize(List<String> tags) {
    if (tags == null || tags.isEmpty()) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String tag : tags) {
      String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
      if (clean.isEmpty()) {
        throw new IllegalArgumentException("tags must not be empty");
      }
      if (clean.length() > MAX_LENGTH) {
        throw new IllegalArgumentException("tag '" + clean.substring(0, 20) + "...' is longer than " + MAX_LENGTH
            + " characters");
      }
      out.add(clean);
    }
    if (out.size() > MAX_TAGS) {
      throw new IllegalArgumentException(out.size() + " tags, at most " + MAX_TAGS + " allowed");
    }
    return new ArrayList<>(out);
  }
}
