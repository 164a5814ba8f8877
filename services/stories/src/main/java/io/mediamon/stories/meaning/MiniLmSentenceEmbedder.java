package io.mediamon.stories.meaning;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized), run in process on ONNX Runtime, offline (the model is inside its jar): 384
 * dimensions, some 10 to 20 ms of one core for a news article. The model reads the first 256 word pieces of a text
 * (about 1,000 characters: a report's headline and opening paragraphs, where it says what happened) and nothing
 * after them, so only the first {@link #MAX_CHARS} characters are handed to it. Thread-safe: the model is loaded once
 * per JVM (about a second and 100 MB) and serves every stream thread.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {
  /** More than 256 word pieces of any English text: the rest would be tokenized for nothing. */
  static final int MAX_CHARS = 3_000;

  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  @Override
  public List<Float> embed(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    float[] vector = model.embed(text.substring(0, Math.min(MAX_CHARS, text.length()))).content().vector();
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    if (norm == 0) {
      return List.of();
    }
    double scale = 1 / Math.sqrt(norm);
    List<Float> unit = new ArrayList<>(vector.length);
    for (float v : vector) {
      unit.add((float) (v * scale));
    }
    return unit;
  }
}
