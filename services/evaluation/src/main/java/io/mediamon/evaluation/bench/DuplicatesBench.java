package io.mediamon.evaluation.bench;

import io.mediamon.extractor.dedup.DuplicateIndex;
import io.mediamon.extractor.dedup.DuplicateStores;
import io.mediamon.extractor.dedup.IndexedArticle;
import io.mediamon.extractor.dedup.TextSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * {@code mediamon bench duplicates}: the extractor's duplicate stage alone, the one stage of the extractor that runs
 * on a single partition in arrival order (every article must meet every earlier one), so its rate bounds what a
 * cluster of extractor processes can take however many there are. Its own RocksDB stores (changelogging off, no
 * broker) are preloaded with {@code indexed} articles, then articles arrive one by one, one in four a near copy of an
 * indexed one (a reprint with a line of its own and a few words changed), and each decision (signature of the text,
 * then {@link DuplicateIndex#add}) is timed.
 */
public final class DuplicatesBench {
  /** Words of a synthetic article, about what `bench extract`'s ~600-token articles have. */
  public static final int WORDS = 500;
  private static final long START_MS = 1_772_409_600_000L; // 2026-03-02T00:00:00Z

  public record Figures(int indexed, int articles, double preloadSeconds, double p50Ms, double p99Ms, double maxMs,
      double meanMs, int copiesMarked, int copiesSent, long diskBytes) {
    /** Articles per second one thread decides at the mean time. */
    public double rate() {
      return 1000 / meanMs;
    }
  }

  private final double threshold;
  private final Duration retention;

  public DuplicatesBench(double threshold, Duration retention) {
    this.threshold = threshold;
    this.retention = retention;
  }

  @SuppressWarnings("unchecked")
  public Figures run(int indexed, int articles, int warmup) throws IOException {
    Path dir = Files.createTempDirectory("mediamon-bench-duplicates");
    List<StateStore> stores = new ArrayList<>();
    try {
      MockProcessorContext<Object, Object> context = BenchStores.context("bench-duplicates", dir);
      BenchStores.open(context, DuplicateStores.builders(), stores);
      DuplicateIndex index = new DuplicateIndex(
          (KeyValueStore<String, IndexedArticle>) context.getStateStore(DuplicateStores.ARTICLES),
          (KeyValueStore<Bytes, byte[]>) context.getStateStore(DuplicateStores.BUCKETS),
          (KeyValueStore<Bytes, byte[]>) context.getStateStore(DuplicateStores.EXPIRY), threshold, retention);
      Texts texts = new Texts();
      long stepMs = Math.max(1, retention.toMillis() / 2 / Math.max(1, indexed));
      long preloadStart = System.nanoTime();
      for (int k = 0; k < indexed; k++) {
        long at = START_MS + k * stepMs;
        index.add("a" + k, TextSignature.of(texts.article(k)), at, at);
      }
      double preloadSeconds = (System.nanoTime() - preloadStart) / 1e9;
      long now = START_MS + indexed * stepMs;
      Random random = new Random(7);
      long[] nanos = new long[articles];
      int marked = 0;
      int sent = 0;
      for (int i = -warmup; i < articles; i++) {
        boolean copy = indexed > 0 && Math.floorMod(i, 4) == 0;
        String text = copy ? texts.reprint(random.nextInt(indexed), random) : texts.article(indexed + warmup + i);
        now += 1000;
        long t0 = System.nanoTime();
        IndexedArticle entry = index.add("m" + (i + warmup), TextSignature.of(text), now, now);
        long t = System.nanoTime() - t0;
        if (i >= 0) {
          nanos[i] = t;
          sent += copy ? 1 : 0;
          marked += entry.duplicateOf() != null ? 1 : 0;
        }
      }
      Arrays.sort(nanos);
      BenchStores.closeAll(stores);
      return new Figures(indexed, articles, preloadSeconds, nanos[articles / 2] / 1e6,
          nanos[(int) Math.min(articles - 1, Math.ceil(articles * 0.99) - 1)] / 1e6, nanos[articles - 1] / 1e6,
          Arrays.stream(nanos).average().orElse(0) / 1e6, marked, sent, BenchStores.size(dir));
    } finally {
      BenchStores.closeAll(stores);
      BenchStores.delete(dir);
    }
  }

  /** Articles of {@value #WORDS} words from a Zipf vocabulary; article k is always the same text. */
  private static final class Texts {
    private static final int VOCABULARY = 100_000;
    private final double[] cumulative = new double[VOCABULARY];

    Texts() {
      double sum = 0;
      for (int r = 0; r < VOCABULARY; r++) {
        sum += 1.0 / (r + 1);
        cumulative[r] = sum;
      }
      for (int r = 0; r < VOCABULARY; r++) {
        cumulative[r] /= sum;
      }
    }

    String article(long k) {
      Random random = new Random(k * 0x9E3779B97F4A7C15L + 1);
      StringBuilder text = new StringBuilder(WORDS * 7);
      for (int w = 0; w < WORDS; w++) {
        text.append(word(random)).append(w % 20 == 19 ? ". " : " ");
      }
      return text.toString();
    }

    /** Another outlet's copy: a line of its own above the story, and a few words changed. */
    String reprint(int k, Random random) {
      String[] words = article(k).split(" ");
      for (int c = 0; c < 5; c++) {
        words[random.nextInt(words.length)] = word(random);
      }
      return "Reported by another outlet on its own page. " + String.join(" ", words);
    }

    private String word(Random random) {
      int rank = Arrays.binarySearch(cumulative, random.nextDouble());
      return "w" + Integer.toString(rank < 0 ? -rank - 1 : rank, 36);
    }
  }
}
