package io.mediamon.evaluation.stories;

import io.mediamon.config.MediamonConfig;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * {@code mediamon eval stories}: every annotated article is analyzed once (the extractor's analyzer), then the
 * enriched articles are replayed through the correlator and the alerter in the file's order and in shuffled orders;
 * each order is scored against the gold stories. Online, as in production: each article is decided once, on arrival,
 * with only the articles before it known.
 */
public final class StoryEvaluation {
  private final MediamonConfig config;
  private final PrintWriter out;

  public StoryEvaluation(MediamonConfig config, PrintWriter out) {
    this.config = config;
    this.out = out;
  }

  /** The results of the file's order then each shuffled order. */
  public List<OrderResult> run(GoldStories gold, Supplier<ArticleAnalyzer> analyzer, int shuffles, long seed,
      Path cache) throws IOException, InterruptedException {
    return run(gold, analyzer, shuffles, seed, cache, null);
  }

  /**
   * @param assignments where to write every order's decisions for error analysis (order, arrival position, article,
   *     gold story, story joined, how it was decided, score; tab-separated); null for none
   */
  public List<OrderResult> run(GoldStories gold, Supplier<ArticleAnalyzer> analyzer, int shuffles, long seed,
      Path cache, Path assignments) throws IOException, InterruptedException {
    List<EnrichedArticle> enriched = analyze(gold, analyzer, cache);
    out.printf(Locale.ROOT, "Stories on %s: %d articles, %d gold stories; stories.threshold=%s, "
            + "stories.dormant-after-hours=%s.%n", gold.dir(), enriched.size(),
        gold.goldByArticleId().values().stream().distinct().count(), config.get(io.mediamon.config.Setting
            .STORIES_THRESHOLD), config.get(io.mediamon.config.Setting.STORIES_DORMANT_AFTER_HOURS));
    out.println(OrderResult.header());
    List<OrderResult> results = new ArrayList<>();
    List<String> decisions = new ArrayList<>(List.of("order\tposition\tarticle\tgold\tstory\treason\tscore"));
    for (int i = 0; i <= shuffles; i++) {
      List<EnrichedArticle> order = new ArrayList<>(enriched);
      String name = "file";
      if (i > 0) {
        Collections.shuffle(order, new Random(seed + i));
        name = "shuffle " + i;
      }
      StoryReplay.Result replay = StoryReplay.run(config, order, GoldStories.READ_AT);
      OrderResult result = OrderResult.of(name, replay, gold.goldByArticleId());
      for (int k = 0; k < order.size(); k++) {
        String id = order.get(k).getId();
        io.mediamon.schema.StoryMembership m = replay.memberships().get(id);
        decisions.add(String.join("\t", name, String.valueOf(k), order.get(k).getUrl(),
            String.valueOf(gold.goldByArticleId().get(id)), String.valueOf(replay.storyOfArticle().get(id)),
            m == null ? "" : m.getReason(),
            m == null || m.getSimilarity() == null ? "" : String.format(Locale.ROOT, "%.3f", m.getSimilarity())));
      }
      results.add(result);
      out.println(result.row());
      out.flush();
    }
    summarize(results);
    if (assignments != null) {
      Files.write(assignments, decisions);
      out.printf("Decisions written to %s.%n", assignments);
    }
    return results;
  }

  private void summarize(List<OrderResult> results) {
    double mean = results.stream().mapToDouble(r -> r.scores().b3F1()).average().orElse(0);
    double min = results.stream().mapToDouble(r -> r.scores().b3F1()).min().orElse(0);
    double pairMean = results.stream().mapToDouble(r -> r.scores().pairF1()).average().orElse(0);
    int maxNew = results.stream().mapToInt(OrderResult::maxNewPerGold).max().orElse(0);
    out.printf(Locale.ROOT, "B3 F1 mean %.3f, min %.3f; pairwise F1 mean %.3f; at most %d NEW alert(s) for one gold "
        + "story in any order.%n", mean, min, pairMean, maxNew);
    OrderResult.legend().forEach(out::println);
    out.flush();
  }

  private List<EnrichedArticle> analyze(GoldStories gold, Supplier<ArticleAnalyzer> analyzer, Path cache)
      throws IOException, InterruptedException {
    List<String> ids = gold.articles().stream().map(RawArticle::getId).toList();
    Optional<List<EnrichedArticle>> cached = EnrichedCache.load(cache, ids);
    if (cached.isPresent()) {
      out.printf("Analyzed articles read from %s.%n", cache);
      return cached.get();
    }
    ArticleAnalyzer a = analyzer.get();
    long start = System.nanoTime();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<EnrichedArticle>> futures = new ArrayList<>();
      for (RawArticle raw : gold.articles()) {
        futures.add(pool.submit(() -> a.analyze(raw)));
      }
      List<EnrichedArticle> enriched = new ArrayList<>();
      for (Future<EnrichedArticle> f : futures) {
        try {
          enriched.add(f.get());
        } catch (ExecutionException e) {
          throw new IOException("an eval article could not be analyzed: " + e.getCause().getMessage(), e.getCause());
        }
      }
      out.printf(Locale.ROOT, "Analyzed %d articles in %.1f s on %d threads.%n", enriched.size(),
          (System.nanoTime() - start) / 1e9, threads);
      if (cache != null) {
        EnrichedCache.save(cache, enriched);
      }
      return enriched;
    } finally {
      pool.shutdownNow();
    }
  }
}
