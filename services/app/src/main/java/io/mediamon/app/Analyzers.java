package io.mediamon.app;

import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.extractor.nlp.NerTagger;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the JVM's one analyzer in the background, so CoreNLP's model loading overlaps broker start-up. */
final class Analyzers {
  private static final Logger LOG = LoggerFactory.getLogger(Analyzers.class);

  private Analyzers() {}

  static CompletableFuture<ArticleAnalyzer> loadInBackground() {
    return CompletableFuture.supplyAsync(() -> {
      long start = System.nanoTime();
      ArticleAnalyzer analyzer = new ArticleAnalyzer(NerTagger.load());
      LOG.info("NER models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
      return analyzer;
    });
  }
}
