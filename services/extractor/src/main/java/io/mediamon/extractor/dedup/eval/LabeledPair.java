package io.mediamon.extractor.dedup.eval;

/**
 * Two documents and whether one is a copy of the other.
 *
 * @param kind the edit that made the copy, or which kind of different document the second one is
 */
public record LabeledPair(EvalDocument first, EvalDocument second, boolean duplicate, String kind) {}
