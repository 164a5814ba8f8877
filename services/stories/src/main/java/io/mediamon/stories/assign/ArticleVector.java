package io.mediamon.stories.assign;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as the assignment stage compares it: unit-length TF-IDF vectors of its words and of its entities
 * (entity weight: salience times rarity; a variant of a name counts like the name), and the features it is found by.
 */
record ArticleVector(Map<String, Float> terms, Map<String, Float> entities, List<String> lookupFeatures) {

  /** Keeps the {@code limit} largest weights, largest first, ties in key order so that runs are repeatable. */
  static Map<String, Float> strongest(Map<String, ? extends Number> weights, int limit) {
    Map<String, Float> top = new LinkedHashMap<>();
    weights.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, ? extends Number>>comparingDouble(e -> -e.getValue().doubleValue())
            .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .forEach(e -> top.put(e.getKey(), e.getValue().floatValue()));
    return top;
  }

  static Map<String, Float> unit(Map<String, Float> v) {
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    if (norm == 0) {
      return v;
    }
    Map<String, Float> unit = new LinkedHashMap<>();
    v.forEach((k, x) -> unit.put(k, (float) (x / norm)));
    return unit;
  }

  /** Cosine of a unit vector with a vector of any length. */
  static double cosine(Map<String, Float> unit, Map<String, Float> other) {
    double dot = 0;
    for (Map.Entry<String, Float> e : unit.entrySet()) {
      Float o = other.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    if (dot == 0) {
      return 0;
    }
    double norm = Math.sqrt(other.values().stream().mapToDouble(x -> x * x).sum());
    return dot / norm;
  }

  /** The sum of two vectors, cut to its {@code limit} strongest entries. */
  static Map<String, Float> add(Map<String, Float> sum, Map<String, Float> v, int limit) {
    Map<String, Float> merged = new LinkedHashMap<>(sum);
    v.forEach((k, x) -> merged.merge(k, x, Float::sum));
    return strongest(merged, limit);
  }
}
