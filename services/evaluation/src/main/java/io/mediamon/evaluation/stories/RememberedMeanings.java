package io.mediamon.evaluation.stories;

import io.mediamon.stories.meaning.SentenceEmbedder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An embedder that embeds each text once: an evaluation replays the same articles in several orders, each through a
 * correlator of its own, and the vectors do not depend on the order. Holds one vector per article of the run.
 */
final class RememberedMeanings implements SentenceEmbedder {
  private final SentenceEmbedder embedder;
  private final Map<String, List<Float>> known = new ConcurrentHashMap<>();

  RememberedMeanings(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public List<Float> embed(String text) {
    return known.computeIfAbsent(text, embedder::embed);
  }
}
