package io.mediamon.extractor.dedup.eval;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One document of the duplicate-detection test set: a headline and paragraphs of sentences.
 *
 * @param id unique in the test set
 * @param collection where the text comes from ("re3d", "gmb"); documents of one collection in sequence may share a
 *     topic
 * @param position the document's place in its collection, so neighbours can be recognised
 */
public record EvalDocument(String id, String collection, int position, String headline,
    List<List<String>> paragraphs) {

  public EvalDocument {
    paragraphs = paragraphs.stream().map(List::copyOf).toList();
  }

  /** The article text as the extractor would see it when the page puts the headline above the body. */
  public String text() {
    return headline + "\n\n" + paragraphs.stream().map(p -> String.join(" ", p))
        .collect(Collectors.joining("\n\n"));
  }

  public int sentenceCount() {
    return paragraphs.stream().mapToInt(List::size).sum();
  }
}
