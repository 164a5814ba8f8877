package io.mediamon.extractor.dedup.eval;

import io.mediamon.extractor.dedup.TextSignature;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the duplicate decision on labeled pairs exactly as the extractor makes it: a pair is called a duplicate when
 * the texts are equal once normalized, or when their signatures share an LSH band (what the index looks up) and the
 * estimated similarity reaches the threshold.
 */
public final class DedupEvaluation {
  private final List<LabeledPair> pairs;
  private final double[] similarity;
  private final boolean[] found;

  private DedupEvaluation(List<LabeledPair> pairs, double[] similarity, boolean[] found) {
    this.pairs = pairs;
    this.similarity = similarity;
    this.found = found;
  }

  public static DedupEvaluation score(List<LabeledPair> pairs) {
    Map<EvalDocument, TextSignature> signatures = new IdentityHashMap<>();
    double[] similarity = new double[pairs.size()];
    boolean[] found = new boolean[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      LabeledPair pair = pairs.get(i);
      TextSignature a = signatures.computeIfAbsent(pair.first(), d -> TextSignature.of(d.text()));
      TextSignature b = signatures.computeIfAbsent(pair.second(), d -> TextSignature.of(d.text()));
      similarity[i] = a.similarity(b);
      found[i] = a.exactHash() == b.exactHash() || a.sharesBand(b);
    }
    return new DedupEvaluation(pairs, similarity, found);
  }

  /** Counts at one threshold. */
  public Counts at(double threshold) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long tn = 0;
    for (int i = 0; i < pairs.size(); i++) {
      boolean called = calledDuplicate(i, threshold);
      if (pairs.get(i).duplicate()) {
        if (called) {
          tp++;
        } else {
          fn++;
        }
      } else if (called) {
        fp++;
      } else {
        tn++;
      }
    }
    return new Counts(threshold, tp, fp, fn, tn);
  }

  /** For each kind of pair, in first-seen order: how many pairs and how many were called duplicates. */
  public Map<String, long[]> calledByKind(double threshold) {
    Map<String, long[]> byKind = new LinkedHashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      long[] counts = byKind.computeIfAbsent(pairs.get(i).kind(), k -> new long[2]);
      counts[0]++;
      if (calledDuplicate(i, threshold)) {
        counts[1]++;
      }
    }
    return byKind;
  }

  /** Copies similar enough to be called duplicates that the index would not have looked up (no shared band). */
  public long missedByIndex(double threshold) {
    long missed = 0;
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i).duplicate() && similarity[i] >= threshold && !found[i]) {
        missed++;
      }
    }
    return missed;
  }

  /** The pairs of different documents with the highest similarity, highest first: where false positives come from. */
  public List<Scored> closestDifferent(int limit) {
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (!pairs.get(i).duplicate()) {
        scored.add(new Scored(pairs.get(i), similarity[i], found[i]));
      }
    }
    scored.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
    return scored.subList(0, Math.min(limit, scored.size()));
  }

  /** The copies with the lowest similarity to their original, lowest first: where misses come from. */
  public List<Scored> furthestCopies(int limit) {
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i).duplicate()) {
        scored.add(new Scored(pairs.get(i), similarity[i], found[i]));
      }
    }
    scored.sort((x, y) -> Double.compare(x.similarity(), y.similarity()));
    return scored.subList(0, Math.min(limit, scored.size()));
  }

  private boolean calledDuplicate(int i, double threshold) {
    return found[i] && similarity[i] >= threshold;
  }

  /** A pair with its estimated similarity and whether the index would find it at all. */
  public record Scored(LabeledPair pair, double similarity, boolean found) {}

  /** Confusion counts at a threshold. */
  public record Counts(double threshold, long truePositives, long falsePositives, long falseNegatives,
      long trueNegatives) {
    public double precision() {
      long called = truePositives + falsePositives;
      return called == 0 ? 1.0 : (double) truePositives / called;
    }

    public double recall() {
      long actual = truePositives + falseNegatives;
      return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }
}
