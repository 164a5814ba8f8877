package io.mediamon.stories.meaning;

import java.util.List;

/**
 * What an article means, as a vector: reports that tell one happening in other words ("robbers" and "thieves",
 * "killed" and "died") lie close, where word vectors meet only on the words they share. The assignment stage blends
 * the cosine of an article's vector and its candidate story's into the join score (stories.meaning-weight).
 */
public interface SentenceEmbedder {
  /** Embeds nothing: articles carry no meaning vector (stories.meaning-weight=0). */
  SentenceEmbedder NONE = text -> List.of();

  /** The text's vector at unit length; empty for a blank text, or from {@link #NONE}. */
  List<Float> embed(String text);
}
