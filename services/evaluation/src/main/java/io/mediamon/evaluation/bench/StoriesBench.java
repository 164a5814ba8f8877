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
import java.util.List;
import java.util.Random;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.processor.StateStore;

/**
 * {@code mediamon bench stories}: how long the assignment stage takes per article when many stories are open. The
 * stage's own stores (RocksDB, as in the service; changelogging off, since no broker takes part) are preloaded with
 * {@code n} open stories spread over the dormancy window, then articles arrive one by one, half of them follow-ups
 * of preloaded stories and half about something new, and each {@link StoryAssigner#assign} is timed.
 */
public final class StoriesBench {
  /** Stories are spread over this much of the (72 h) window, so all of them are open when the articles arrive. */
  static final Duration SPREAD = Duration.ofHours(60);
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

  public record Figures(int openStories, int articles, double preloadSeconds, double p50Ms, double p99Ms,
      double maxMs, double meanMs, int joinedPreloaded, int startedNew, long diskBytes, long heapAfterGcBytes) {}

  private final StoryAssigner.Settings settings;

  public StoriesBench(StoryAssigner.Settings settings) {
    this.settings = settings;
  }

  public Figures run(int openStories, int articles, int warmup) throws IOException {
    Path dir = Files.createTempDirectory("mediamon-bench-stories");
    List<StateStore> stores = new ArrayList<>();
    try {
      MockProcessorContext<Object, Object> context = BenchStores.context("bench-stories", dir);
      for (StoreBuilder<?> builder : StoryStores.builders()) {
        StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        stores.add(store);
      }
      StoryAssigner assigner = StoryStores.assigner(context, settings);
      SyntheticArticles synthetic = new SyntheticArticles();
      long step = SPREAD.toMillis() / openStories;
      long preloadStart = System.nanoTime();
      for (int k = 0; k < openStories; k++) {
        assigner.startStory(synthetic.story(k, START.plusMillis(k * step)));
      }
      double preloadSeconds = (System.nanoTime() - preloadStart) / 1e9;
      Instant at = START.plus(SPREAD);
      Random random = new Random(42);
      long[] nanos = new long[articles];
      int joined = 0;
      int started = 0;
      for (int i = -warmup; i < articles; i++) {
        ArticleFeatures article = i % 2 == 0
            ? synthetic.followUp(random.nextInt(openStories), i + warmup, at)
            : synthetic.fresh(i + warmup, at);
        long t0 = System.nanoTime();
        Assignment a = assigner.assign(article);
        long t = System.nanoTime() - t0;
        if (i >= 0) {
          nanos[i] = t;
          if (a != null && a.newStory()) {
            started++;
          } else if (a != null) {
            joined++;
          }
        }
      }
      Arrays.sort(nanos);
      for (StateStore store : stores) {
        store.flush();
      }
      long disk = BenchStores.size(dir);
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      return new Figures(openStories, articles, preloadSeconds, nanos[articles / 2] / 1e6,
          nanos[(int) Math.min(articles - 1, Math.ceil(articles * 0.99) - 1)] / 1e6, nanos[articles - 1] / 1e6,
          Arrays.stream(nanos).average().orElse(0) / 1e6, joined, started, disk, heap);
    } finally {
      for (StateStore store : stores) {
        store.close();
      }
      BenchStores.delete(dir);
    }
  }
}
