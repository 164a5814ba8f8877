package io.mediamon.extractor.dedup.eval;

/** The ways the test set's copies differ from their original, as syndicated wire copy does. */
public enum CopyEdit {
  /** Another headline made of other words of the story. */
  NEW_HEADLINE,
  /** A byline line ("By First Last, Outlet") under the headline. */
  BYLINE,
  /** The last paragraph dropped (or, in a one-paragraph story, its last sentence). */
  TRIMMED_END,
  /** Three words replaced by other words. */
  WORD_SUBSTITUTIONS,
  /** Two paragraphs swapped. */
  REORDERED_PARAGRAPHS,
  /** All of the above at once. */
  ALL_OF_THE_ABOVE,
  /** All of the above with ten substituted words instead of three: a heavier rewrite. */
  HEAVY_REWRITE
}
