package io.mediamon.evaluation.bench;

import io.mediamon.schema.ArticleFeatures;
import io.mediamon.stories.assign.Assignment;
import io.mediamon.stories.assign.StoryAssigner;
import io.mediamon.stories.assign.StoryStores;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.StateStore;

/**
 * {@code mediamon bench stories}: how long the assignment stage takes per article when many stories are open. The
 * stage's own stores (RocksDB, as in the service; changelogging off, since no broker takes part) are preloaded with
 * {@code n} open stories spread over the dormancy window, then articles arrive one by one, half of them follow-ups
 * of preloaded stories and half about something new, and each {@link StoryAssigner#assign} is timed: once straight
 * after the preload, and once more, with other articles, when RocksDB is idle ({@link Compactions}).
 *
 * <p>Why twice: the preload writes the state of three days of news in minutes, which a service never does (it takes
 * them in over days). Had it left RocksDB merging the files it wrote, reads would look in more files and the
 * compactions take one of the two cores: the second timing shows whether the first paid for that (measured at 1M:
 * sometimes, by up to a quarter of its p99; README, bench stories).
 */
public final class StoriesBench {
  /** Stories are spread over this much of the (72 h) window, so all of them are open when the articles arrive. */
  static final Duration SPREAD = Duration.ofHours(60);
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
  /** How long the second timing waits for RocksDB to be idle at most; it is timed anyway then, and says so. */
  static final Duration SETTLE_LIMIT = Duration.ofMinutes(15);

  /**
   * One timed run: per-article assignment time, and where the articles went. Half of them follow up a preloaded
   * story: {@code ownStory} joined it, {@code otherStory} joined another, {@code newStory} started one (its story was
   * not found). The other half are about something new: {@code freshJoined} of them joined an open story anyway.
   *
   * @param settleSeconds how long it waited for RocksDB to be idle before it began (0 for the run straight after the
   *     preload); {@code idle} whether it was (never said of the first run)
   */
  public record Timing(double p50Ms, double p99Ms, double maxMs, double meanMs, int ownStory, int otherStory,
      int newStory, int freshJoined, double settleSeconds, boolean idle) {}

  /**
   * The figures of one number of open stories: both timings, then the state on disk (in all, and per store in the
   * order of {@link StoryStores#names()}) and the heap after both.
   */
  public record Figures(int openStories, int articles, double preloadSeconds, Timing atOnce, Timing onceIdle,
      long diskBytes, Map<String, Long> storeBytes, long heapAfterGcBytes) {}

  private final StoryAssigner.Settings settings;

  public StoriesBench(StoryAssigner.Settings settings) {
    this.settings = settings;
  }

  public Figures run(int openStories, int articles, int warmup) throws IOException {
    Path dir = Files.createTempDirectory("mediamon-bench-stories");
    List<StateStore> stores = new ArrayList<>();
    try {
      MockProcessorContext<Object, Object> context = BenchStores.context("bench-stories", dir);
      BenchStores.open(context, StoryStores.builders(), stores);
      StoryAssigner assigner = StoryStores.assigner(context, settings);
      SyntheticArticles synthetic = new SyntheticArticles();
      long step = SPREAD.toMillis() / openStories;
      long preloadStart = System.nanoTime();
      for (int k = 0; k < openStories; k++) {
        assigner.startStory(synthetic.story(k, START.plusMillis(k * step)));
      }
      double preloadSeconds = (System.nanoTime() - preloadStart) / 1e9;
      Instant at = START.plus(SPREAD);
      Timing atOnce = timed(assigner, synthetic, openStories, articles, warmup, 0, new Random(42), at, 0, false);
      long settleStart = System.nanoTime();
      boolean idle = new Compactions(context.metrics()).awaitNone(SETTLE_LIMIT);
      double settleSeconds = (System.nanoTime() - settleStart) / 1e9;
      // Other articles than the first run's: an article id assigned before is not assigned again.
      Timing onceIdle = timed(assigner, synthetic, openStories, articles, warmup, warmup + articles,
          new Random(43), at, settleSeconds, idle);
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      BenchStores.closeAll(stores);
      long disk = BenchStores.size(dir);
      Map<String, Long> byStore = new LinkedHashMap<>();
      for (String name : StoryStores.names()) {
        byStore.put(name, BenchStores.size(BenchStores.storeDir(dir, name)));
      }
      return new Figures(openStories, articles, preloadSeconds, atOnce, onceIdle, disk, byStore, heap);
    } finally {
      BenchStores.closeAll(stores);
      BenchStores.delete(dir);
    }
  }

  /**
   * Assigns {@code warmup} then {@code articles} articles, alternately a follow-up of a random preloaded story and
   * a fresh one (numbered from {@code first}), and times each of the latter.
   */
  private static Timing timed(StoryAssigner assigner, SyntheticArticles synthetic, int openStories, int articles,
      int warmup, int first, Random random, Instant at, double settleSeconds, boolean idle) {
    long[] nanos = new long[articles];
    int own = 0;
    int other = 0;
    int missed = 0;
    int freshJoined = 0;
    for (int i = -warmup; i < articles; i++) {
      int n = first + i + warmup;
      boolean followUp = i % 2 == 0;
      int story = followUp ? random.nextInt(openStories) : -1;
      ArticleFeatures article = followUp ? synthetic.followUp(story, n, at) : synthetic.fresh(n, at);
      long t0 = System.nanoTime();
      Assignment a = assigner.assign(article);
      long t = System.nanoTime() - t0;
      if (i < 0) {
        continue;
      }
      nanos[i] = t;
      if (a == null) { // an article id assigned before: never here, every article's id is new
        continue;
      }
      if (!followUp) {
        freshJoined += a.newStory() ? 0 : 1;
      } else if (a.newStory()) {
        missed++;
      } else if (a.storyId().equals(StoryAssigner.storyIdFor(SyntheticArticles.storyArticleId(story)))) {
        own++;
      } else {
        other++;
      }
    }
    Arrays.sort(nanos);
    return new Timing(nanos[articles / 2] / 1e6, nanos[(int) Math.min(articles - 1, Math.ceil(articles * 0.99) - 1)]
        / 1e6, nanos[articles - 1] / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6, own, other, missed,
        freshJoined, settleSeconds, idle);
  }
}
