package io.mediamon.stories.assign;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse vector over hashed features: keys sorted ascending, with their weights and the vector's norm. Comparing an
 * article with dozens of candidate stories is then a merge of sorted arrays, with no strings or maps involved.
 */
record SparseVector(long[] keys, float[] values, double norm) {
  static final SparseVector EMPTY = new SparseVector(new long[0], new float[0], 0);

  static SparseVector of(Map<Long, Double> weights) {
    long[] keys = weights.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    float[] values = new float[keys.length];
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      values[i] = weights.get(keys[i]).floatValue();
      sum += values[i] * values[i];
    }
    return new SparseVector(keys, values, Math.sqrt(sum));
  }

  SparseVector unit() {
    if (norm == 0) {
      return this;
    }
    float[] scaled = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = (float) (values[i] / norm);
    }
    return new SparseVector(keys, scaled, 1);
  }

  double dot(SparseVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < keys.length && j < other.keys.length) {
      if (keys[i] == other.keys[j]) {
        dot += values[i++] * other.values[j++];
      } else if (keys[i] < other.keys[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  double cosine(SparseVector other) {
    return norm == 0 || other.norm == 0 ? 0 : dot(other) / (norm * other.norm);
  }

  boolean contains(long key) {
    return Arrays.binarySearch(keys, key) >= 0;
  }

  /** The sum of two vectors, cut to its {@code limit} largest weights (ties: smaller key first). */
  SparseVector plus(SparseVector other, int limit) {
    long[] k = new long[keys.length + other.keys.length];
    float[] v = new float[k.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < keys.length || j < other.keys.length) {
      if (j >= other.keys.length || (i < keys.length && keys[i] < other.keys[j])) {
        k[n] = keys[i];
        v[n++] = values[i++];
      } else if (i >= keys.length || other.keys[j] < keys[i]) {
        k[n] = other.keys[j];
        v[n++] = other.values[j++];
      } else {
        k[n] = keys[i];
        v[n++] = values[i++] + other.values[j++];
      }
    }
    return strongest(Arrays.copyOf(k, n), Arrays.copyOf(v, n), limit);
  }

  private static SparseVector strongest(long[] allKeys, float[] allValues, int limit) {
    long[] k = allKeys;
    float[] v = allValues;
    if (k.length > limit) {
      Integer[] order = new Integer[k.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> allValues[a] != allValues[b] ? Float.compare(allValues[b], allValues[a])
          : Long.compare(allKeys[a], allKeys[b]));
      Integer[] kept = Arrays.copyOf(order, limit);
      Arrays.sort(kept);
      long[] keys = new long[limit];
      float[] values = new float[limit];
      for (int i = 0; i < limit; i++) {
        keys[i] = k[kept[i]];
        values[i] = v[kept[i]];
      }
      k = keys;
      v = values;
    }
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    return new SparseVector(k, v, Math.sqrt(sum));
  }
}
