package io.mediamon.app;

import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.extractor.nlp.NerTagger;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM's one analyzer. CoreNLP's pipeline takes seconds and about a gigabyte to load and is thread-safe, so
 * every stream thread and command in the process shares one, loaded in the background on first request so that
 * model loading overlaps broker start-up.
 */
public final class Analyzers {
  private static final Logger LOG = LoggerFactory.getLogger(Analyzers.class);
  private static CompletableFuture<ArticleAnalyzer> shared;

  private Analyzers() {}

  public static synchronized CompletableFuture<ArticleAnalyzer> shared() {
    if (shared == null || shared.isCompletedExceptionally()) {
      shared = load();
    }
    return shared;
  }

  private static CompletableFuture<ArticleAnalyzer> load() {
    return CompletableFuture.supplyAsync(() -> {
      long start = System.nanoTime();
      ArticleAnalyzer analyzer = new ArticleAnalyzer(NerTagger.load());
      LOG.info("NER models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
      return analyzer;
    });
  }
}
