package io.mediamon.extractor.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.BytesSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Finds the earlier article a new one copies, and remembers the new one for the articles after it.
 *
 * <p>Exact copies (same normalized text) are found through the whole-text hash and get similarity 1.0. Near copies
 * are the articles that share at least one LSH band with the new one (see {@link TextSignature}) and whose estimated
 * Jaccard similarity reaches the threshold; the most similar wins, then the earliest seen. An exact copy is not put in
 * the buckets itself: its original is there and finds everything the copy would.
 *
 * <p>State is bounded: an article is forgotten {@code retention} after its record timestamp (stream time, so
 * replaying old data expires as it goes), and no bucket lookup reads more than {@link #MAX_BUCKET_READ} entries, so
 * text that recurs thousands of times (boilerplate) cannot make one lookup slow.
 */
public final class DuplicateIndex {
  /** Entries read per bucket at most; beyond that a bucket only says "very common text". */
  public static final int MAX_BUCKET_READ = 100;

  private static final byte[] PRESENT = new byte[0];
  private static final BytesSerializer PREFIX = new BytesSerializer();
  private static final Comparator<Candidate> BEST = Comparator.comparingDouble(Candidate::similarity).reversed()
      .thenComparingLong(c -> c.article().seenAt()).thenComparing(Candidate::id);

  private final KeyValueStore<String, IndexedArticle> articles;
  private final KeyValueStore<Bytes, byte[]> buckets;
  private final KeyValueStore<Bytes, byte[]> expiry;
  private final double threshold;
  private final long retentionMs;

  public DuplicateIndex(KeyValueStore<String, IndexedArticle> articles, KeyValueStore<Bytes, byte[]> buckets,
      KeyValueStore<Bytes, byte[]> expiry, double threshold, Duration retention) {
    this.articles = articles;
    this.buckets = buckets;
    this.expiry = expiry;
    this.threshold = threshold;
    this.retentionMs = retention.toMillis();
  }

  /**
   * Decides whether the article copies an earlier one and indexes it.
   *
   * @param seenAt the article's record timestamp
   * @param now the stream time: articles seen more than the retention before it no longer count
   * @return what the index now holds for the article, with the decision
   */
  public IndexedArticle add(String id, TextSignature signature, long seenAt, long now) {
    IndexedArticle previous = articles.get(id);
    if (previous != null && previous.signature().exactHash() == signature.exactHash()) {
      return previous; // delivered again: the same answer, and the index already holds it
    }
    if (previous != null) {
      remove(id, previous); // the article changed: decide afresh on its new text
    }
    long oldest = now - retentionMs;
    DuplicateMatch match = exactMatch(id, signature, oldest);
    if (match == null) {
      match = nearMatch(id, signature, oldest);
    }
    IndexedArticle entry = match == null
        ? new IndexedArticle(seenAt, signature, null, null)
        : new IndexedArticle(seenAt, signature, match.articleId(), match.similarity());
    articles.put(id, entry);
    expiry.put(IndexKeys.expiry(seenAt, id), PRESENT);
    if (match == null || !match.exact()) {
      buckets.put(IndexKeys.bucket(IndexKeys.EXACT, signature.exactHash(), id), PRESENT);
      long[] bands = signature.bandHashes();
      for (int b = 0; b < bands.length; b++) {
        buckets.put(IndexKeys.bucket(b, bands[b], id), PRESENT);
      }
    }
    return entry;
  }

  /** Forgets every article seen before {@code cutoff}. Returns how many. */
  public int expireBefore(long cutoff) {
    Bytes end = IndexKeys.expiryFrom(cutoff);
    List<Bytes> expired = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = expiry.all()) {
      while (it.hasNext()) {
        Bytes key = it.next().key;
        if (key.compareTo(end) >= 0) {
          break;
        }
        expired.add(key);
      }
    }
    for (Bytes key : expired) {
      String id = IndexKeys.articleOfExpiry(key);
      IndexedArticle article = articles.get(id);
      if (article != null && article.seenAt() == IndexKeys.seenAtOfExpiry(key)) {
        remove(id, article);
      } else {
        expiry.delete(key); // left over from an earlier version of the article
      }
    }
    return expired.size();
  }

  private void remove(String id, IndexedArticle article) {
    TextSignature signature = article.signature();
    buckets.delete(IndexKeys.bucket(IndexKeys.EXACT, signature.exactHash(), id));
    long[] bands = signature.bandHashes();
    for (int b = 0; b < bands.length; b++) {
      buckets.delete(IndexKeys.bucket(b, bands[b], id));
    }
    expiry.delete(IndexKeys.expiry(article.seenAt(), id));
    articles.delete(id);
  }

  private DuplicateMatch exactMatch(String id, TextSignature signature, long oldest) {
    List<Candidate> originals = new ArrayList<>();
    for (String other : bucket(IndexKeys.EXACT, signature.exactHash(), id)) {
      IndexedArticle article = articles.get(other);
      if (article != null && article.seenAt() >= oldest && article.signature().exactHash() == signature.exactHash()) {
        originals.add(new Candidate(other, article, 1.0));
      }
    }
    return originals.stream().min(BEST).map(c -> new DuplicateMatch(c.id(), 1.0, true)).orElse(null);
  }

  private DuplicateMatch nearMatch(String id, TextSignature signature, long oldest) {
    Set<String> candidates = new LinkedHashSet<>();
    long[] bands = signature.bandHashes();
    for (int b = 0; b < bands.length; b++) {
      candidates.addAll(bucket(b, bands[b], id));
    }
    Candidate best = null;
    for (String other : candidates) {
      IndexedArticle article = articles.get(other);
      if (article == null || article.seenAt() < oldest) {
        continue;
      }
      Candidate candidate = new Candidate(other, article, signature.similarity(article.signature()));
      if (candidate.similarity() >= threshold && (best == null || BEST.compare(candidate, best) < 0)) {
        best = candidate;
      }
    }
    return best == null ? null : new DuplicateMatch(best.id(), best.similarity(), false);
  }

  /** The ids in one bucket other than {@code self}, at most {@link #MAX_BUCKET_READ}. */
  private List<String> bucket(int band, long hash, String self) {
    List<String> ids = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = buckets.prefixScan(IndexKeys.bucketPrefix(band, hash), PREFIX)) {
      while (it.hasNext() && ids.size() < MAX_BUCKET_READ) {
        KeyValue<Bytes, byte[]> entry = it.next();
        String other = IndexKeys.articleOfBucket(entry.key);
        if (!other.equals(self)) {
          ids.add(other);
        }
      }
    }
    return ids;
  }

  private record Candidate(String id, IndexedArticle article, double similarity) {}
}
