package io.mediamon.stories.meaning;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.EnrichedArticle;
import java.util.List;

/**
 * An article's meaning vector for the assignment stage: the embedding of its headline and clean text. Computed in the
 * correlator's parallel features step, not in the extractor, since only the story stage reads it and the extractor's
 * throughput is held to its own target (README, Benchmark: bench extract).
 */
public final class ArticleMeaning {
  private final SentenceEmbedder embedder;

  public ArticleMeaning(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  /** The embedder the configuration asks for: the model when stories.meaning-weight is above 0, else none. */
  public static SentenceEmbedder embedderFor(MediamonConfig config) {
    return config.getDouble(Setting.STORIES_MEANING_WEIGHT) > 0 ? new MiniLmSentenceEmbedder() : SentenceEmbedder.NONE;
  }

  /** The article's unit-length meaning vector, or null when it has none (no text, or no embedder). */
  public List<Float> of(EnrichedArticle article) {
    String text = article.getCleanText();
    String title = article.getTitle();
    String whole = title == null || title.isBlank() || text.startsWith(title) ? text : title + "\n" + text;
    List<Float> vector = embedder.embed(whole);
    return vector.isEmpty() ? null : vector;
  }
}
