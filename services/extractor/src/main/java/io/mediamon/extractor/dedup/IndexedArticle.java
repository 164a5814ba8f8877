package io.mediamon.extractor.dedup;

/**
 * What the duplicate index keeps of an article it has seen: when, its signature, and the decision it was given (so
 * the same article delivered again gets the same answer).
 *
 * @param seenAt the record timestamp of the article, in epoch milliseconds; expiry counts from it
 * @param duplicateOf the article it was found to copy, or null
 * @param similarity the similarity to {@code duplicateOf}, or null
 */
public record IndexedArticle(long seenAt, TextSignature signature, String duplicateOf, Double similarity) {}
