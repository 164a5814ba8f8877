package io.mediamon.extractor.dedup;

/**
 * An earlier article that a new one copies.
 *
 * @param similarity 1.0 for an exact copy (same normalized text), else the estimated Jaccard similarity
 */
public record DuplicateMatch(String articleId, double similarity, boolean exact) {}
