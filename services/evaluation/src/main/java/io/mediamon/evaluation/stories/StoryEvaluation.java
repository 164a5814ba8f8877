package io.mediamon.evaluation.stories;

import io.mediamon.config.MediamonConfig;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.schema.Alert;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.RawArticle;
import io.mediamon.schema.Story;
import io.mediamon.stories.meaning.ArticleMeaning;
import io.mediamon.stories.meaning.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * with only the articles before it known. Last, the offline baseline the stories are held against, on the same
 * articles ({@link OfflineBaseline}).
 */
public final class StoryEvaluation {
  /** Articles left out that the report names one by one; the rest are counted. */
  private static final int SKIPPED_SHOWN = 5;
  private final MediamonConfig config;
  private final PrintWriter out;

  public StoryEvaluation(MediamonConfig config, PrintWriter out) {
    this.config = config;
    this.out = out;
  }

  /** The results of the file's order then each shuffled order. */
  public List<OrderResult> run(GoldStories gold, Supplier<ArticleAnalyzer> analyzer, int shuffles, long seed,
      Path cache) throws IOException, InterruptedException {
    return run(gold, analyzer, shuffles, seed, cache, AnalysisFiles.NONE);
  }

  /**
   * Files for error analysis, tab-separated with a header line; either may be null for none.
   *
   * @param assignments every order's decisions: order, arrival position, article, gold story, story joined, how it was
   *     decided, score
   * @param alerts every order's alerts in the order they came out: order, kind, story, its articles and outlets at the
   *     alert, the story it is related to at the end, its gold story (the one most of its articles are in at the end),
   *     headline, the who/what/where/when the alert names (title, type, place, date), to read against the texts, and
   *     what changed (the reasons of an UPDATE, joined by "; ")
   */
  public record AnalysisFiles(Path assignments, Path alerts) {
    public static final AnalysisFiles NONE = new AnalysisFiles(null, null);
  }

  public List<OrderResult> run(GoldStories gold, Supplier<ArticleAnalyzer> analyzer, int shuffles, long seed,
      Path cache, AnalysisFiles files) throws IOException, InterruptedException {
    List<EnrichedArticle> enriched = analyze(gold, analyzer, cache);
    out.printf(Locale.ROOT, "Stories on %s: %d articles, %d gold stories; stories.threshold=%s, "
            + "stories.dormant-after-hours=%s.%n", gold.dir(), enriched.size(),
        gold.goldByArticleId().values().stream().distinct().count(), config.get(io.mediamon.config.Setting
            .STORIES_THRESHOLD), config.get(io.mediamon.config.Setting.STORIES_DORMANT_AFTER_HOURS));
    if (!gold.skipped().isEmpty()) {
      out.printf(Locale.ROOT, "Left out, not measured: %d article(s)%s%n", gold.skipped().size(),
          gold.skipped().stream().limit(SKIPPED_SHOWN).map(reason -> "\n  " + reason).reduce("", String::concat)
              + (gold.skipped().size() > SKIPPED_SHOWN ? "\n  ..." : ""));
    }
    out.println(OrderResult.header());
    List<OrderResult> results = new ArrayList<>();
    List<String> decisions = new ArrayList<>(List.of("order\tposition\tarticle\tgold\tstory\treason\tscore"));
    List<String> alerts = new ArrayList<>(List.of(ALERT_COLUMNS));
    HeadlineOnlyNames headlineOnly =
        HeadlineOnlyNames.of(enriched.stream().map(EnrichedArticle::getCleanText).toList());
    // Each order's correlator gives every article its meaning vector again: the model runs once per article.
    SentenceEmbedder meanings = new RememberedMeanings(ArticleMeaning.embedderFor(config));
    for (int i = 0; i <= shuffles; i++) {
      List<EnrichedArticle> order = new ArrayList<>(enriched);
      String name = "file";
      if (i > 0) {
        Collections.shuffle(order, new Random(seed + i));
        name = "shuffle " + i;
      }
      StoryReplay.Result replay = StoryReplay.run(config, order, GoldStories.READ_AT, meanings);
      OrderResult result = OrderResult.of(name, replay, gold.goldByArticleId(), headlineOnly);
      for (int k = 0; k < order.size(); k++) {
        String id = order.get(k).getId();
        io.mediamon.schema.StoryMembership m = replay.memberships().get(id);
        decisions.add(String.join("\t", name, String.valueOf(k), order.get(k).getUrl(),
            String.valueOf(gold.goldByArticleId().get(id)), String.valueOf(replay.storyOfArticle().get(id)),
            m == null ? "" : m.getReason(),
            m == null || m.getSimilarity() == null ? "" : String.format(Locale.ROOT, "%.3f", m.getSimilarity())));
      }
      alerts.addAll(alertLines(name, replay, gold.goldByArticleId()));
      results.add(result);
      out.println(result.row());
      out.flush();
    }
    summarize(results);
    offlineReference(enriched, gold.goldByArticleId());
    if (files.assignments() != null) {
      Files.write(files.assignments(), decisions);
      out.printf("Decisions written to %s.%n", files.assignments());
    }
    if (files.alerts() != null) {
      Files.write(files.alerts(), alerts);
      out.printf("Alerts written to %s.%n", files.alerts());
    }
    return results;
  }

  /** The header of the alerts file, in the order {@link #alertLines} writes the cells. */
  static final String ALERT_COLUMNS = String.join("\t", "order", "kind", "story", "articles", "sources", "related",
      "gold", "headline", "title", "type", "actors", "place", "date", "changes");

  /** One line per alert of one order (see {@link AnalysisFiles}). */
  static List<String> alertLines(String order, StoryReplay.Result replay, Map<String, String> gold) {
    Map<String, String> goldOfStory = GoldMajority.of(replay, gold);
    List<String> lines = new ArrayList<>();
    for (Alert alert : replay.alerts()) {
      Story story = replay.stories().get(alert.getEventId());
      lines.add(String.join("\t", order, alert.getKind().toString(), alert.getEventId(),
          String.valueOf(alert.getArticleCount()), String.valueOf(alert.getSourceCount()),
          story == null || story.getRelatedStoryId() == null ? "" : story.getRelatedStoryId(),
          goldOfStory.getOrDefault(alert.getEventId(), ""),
          cell(alert.getHeadline()), cell(alert.getTitle()), cell(alert.getEventType()),
          cell(String.join("; ", alert.getActors())), cell(alert.getLocation()),
          alert.getDate() == null ? "" : alert.getDate().toString(), cell(String.join("; ", alert.getChanges()))));
    }
    return lines;
  }

  private static String cell(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ");
  }

  void summarize(List<OrderResult> results) {
    double mean = results.stream().mapToDouble(r -> r.scores().b3F1()).average().orElse(0);
    double min = results.stream().mapToDouble(r -> r.scores().b3F1()).min().orElse(0);
    double pairMean = results.stream().mapToDouble(r -> r.scores().pairF1()).average().orElse(0);
    int maxNew = results.stream().mapToInt(OrderResult::maxNewPerGold).max().orElse(0);
    // The target is one NEW per gold story in every order: these sums are what tuning compares.
    int several = results.stream().mapToInt(OrderResult::goldWithSeveralNew).sum();
    int without = results.stream().mapToInt(OrderResult::goldWithoutNew).sum();
    out.printf(Locale.ROOT, "B3 F1 mean %.3f, min %.3f; pairwise F1 mean %.3f; at most %d NEW alert(s) for one gold "
        + "story in any order.%n", mean, min, pairMean, maxNew);
    out.printf(Locale.ROOT, "Over the %d orders: %d gold stories with more than one NEW, %d without a NEW.%n",
        results.size(), several, without);
    int alerts = results.stream().mapToInt(r -> r.newAlerts() + r.updateAlerts()).sum();
    int typed = results.stream().mapToInt(OrderResult::typedAlerts).sum();
    int agreeing = results.stream().mapToInt(OrderResult::typesAgreeing).sum();
    out.printf(Locale.ROOT, "Alerts naming a type: %d of %d (%.0f%%); %.0f%% of them name the type most alerts of "
        + "their gold story name.%n", typed, alerts, percent(typed, alerts), percent(agreeing, typed));
    int headlineActors = results.stream().mapToInt(OrderResult::headlineOnlyActorAlerts).sum();
    out.printf(Locale.ROOT, "Alerts naming an actor only headline-case lines write (\"Singer Checks\"): %d of %d.%n",
        headlineActors, alerts);
    OrderResult.legend().forEach(out::println);
    out.flush();
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /** The offline baseline the online stories are held against, computed on the same articles (see README). */
  private void offlineReference(List<EnrichedArticle> enriched, Map<String, String> gold) {
    double[] thresholds = new double[24]; // 0.025 to 0.6
    for (int i = 0; i < thresholds.length; i++) {
      thresholds[i] = 0.025 * (i + 1);
    }
    OfflineBaseline.Cut best = OfflineBaseline.cuts(enriched, gold, thresholds).stream()
        .max(java.util.Comparator.comparingDouble(c -> c.scores().b3F1())).orElseThrow();
    out.printf(Locale.ROOT, "Offline reference (plain TF-IDF cosine, average link, every article at once, its threshold "
            + "chosen on these articles): B3 F1 %.3f (P %.3f, R %.3f) at %.3f.%n", best.scores().b3F1(),
        best.scores().b3Precision(), best.scores().b3Recall(), best.threshold());
    out.flush();
  }

  private List<EnrichedArticle> analyze(GoldStories gold, Supplier<ArticleAnalyzer> analyzer, Path cache)
      throws IOException, InterruptedException {
    List<String> ids = gold.articles().stream().map(RawArticle::getId).toList();
    String fingerprint = cache == null ? null : AnalysisFingerprint.of(config);
    EnrichedCache.Lookup cached = EnrichedCache.load(cache, fingerprint, ids);
    if (cached.hit()) {
      out.printf("Analyzed articles read from %s.%n", cache);
      return cached.articles();
    }
    if (cached.miss() != null) {
      out.printf("Not reading the analyzed articles in %s: %s. Analyzing them again (the file is rewritten).%n", cache,
          cached.miss());
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
        EnrichedCache.save(cache, fingerprint, enriched);
      }
      return enriched;
    } finally {
      pool.shutdownNow();
    }
  }
}
