package io.mediamon.spikes;

import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Entity;
import io.mediamon.schema.EntityType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named entities an article counts for: people, organisations, places and groups (NORP) that are prominent in
 * it (salience at least {@code spikes.entity-min-salience}), each once, at most {@value #MAX_PER_ARTICLE} per
 * article, the most salient first.
 *
 * <p>Only prominent ones, because a spike should mean "the news is about X": every article on a Taliban offensive
 * names Afghanistan and Pakistan in passing, and counting those mentions would make them spike with every big
 * Afghan story (and inflate their baselines with noise, hiding their own spikes). MISC names (events, works,
 * products as CoreNLP tags them) are too mixed a bag to alert on. The cap bounds the fan-out of one long article.
 */
final class ProminentEntities {
  static final int MAX_PER_ARTICLE = 8;
  private static final Set<EntityType> NAMED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
      EntityType.LOCATION, EntityType.NORP);

  private final double minSalience;

  ProminentEntities(double minSalience) {
    this.minSalience = minSalience;
  }

  /** Canonical names, most salient first (the name order breaks ties, so the result is the same on every run). */
  List<String> of(EnrichedArticle article) {
    Map<String, Double> best = new LinkedHashMap<>();
    for (Entity entity : article.getEntities()) {
      String name = entity.getCanonical() == null ? "" : entity.getCanonical().trim();
      if (!name.isEmpty() && NAMED.contains(entity.getType()) && entity.getSalience() >= minSalience) {
        best.merge(name, entity.getSalience(), Math::max);
      }
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_PER_ARTICLE).map(Map.Entry::getKey).toList();
  }
}
