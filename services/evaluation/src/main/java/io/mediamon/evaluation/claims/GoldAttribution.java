package io.mediamon.evaluation.claims;

/**
 * One annotated attribution of a document.
 *
 * @param content what is attributed, the annotated span(s) joined
 * @param contentBegin character offset of its first span
 * @param source the source as written, or null when the annotation has none
 * @param sourceBegin character offset of the source, or -1
 * @param direct whether the content is a direct quote (it is, or is inside, quotation marks)
 * @param kind how the source is written
 * @param referent for a pronoun source, the nearest earlier named source of the document (the annotators' own
 *     named sources, an approximation of who the pronoun refers to; PolNeAR has no coreference links); else null
 */
record GoldAttribution(String document, String content, int contentBegin, String source, int sourceBegin, String cue,
    boolean direct, SourceKind kind, String referent) {

  /** The name the right speaker must match: the source, or a pronoun's referent; null when there is none. */
  String expectedName() {
    return kind == SourceKind.PRONOUN ? referent : source;
  }
}
