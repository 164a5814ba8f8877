package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.extractor.nlp.NerTagger;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM's one NER pipeline. CoreNLP's pipeline takes seconds and hundreds of megabytes to load and is
 * thread-safe, so every stream thread and command in the process shares one, loaded in the background on first
 * request so that model loading overlaps broker start-up (one with the parser, one without, as extractor.parse
 * asks). Analyzers around it are cheap and follow the configuration (the length cap).
 */
public final class Analyzers {
  private static final Logger LOG = LoggerFactory.getLogger(Analyzers.class);
  private static final java.util.Map<Boolean, CompletableFuture<NerTagger>> TAGGERS = new java.util.HashMap<>();

  private Analyzers() {}

  /** An analyzer with the configured length cap, on the shared tagger. */
  public static CompletableFuture<ArticleAnalyzer> analyzer(MediamonConfig config) {
    int maxChars = config.getInt(Setting.EXTRACTOR_MAX_CHARS);
    return tagger(config.getBoolean(Setting.EXTRACTOR_PARSE)).thenApply(t -> new ArticleAnalyzer(t, maxChars));
  }

  /** An analyzer with the default configuration. */
  public static CompletableFuture<ArticleAnalyzer> shared() {
    return analyzer(MediamonConfig.defaults());
  }

  private static synchronized CompletableFuture<NerTagger> tagger(boolean parse) {
    CompletableFuture<NerTagger> tagger = TAGGERS.get(parse);
    if (tagger == null || tagger.isCompletedExceptionally()) {
      tagger = CompletableFuture.supplyAsync(() -> {
        long start = System.nanoTime();
        NerTagger loaded = NerTagger.load(parse);
        LOG.info("NER models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return loaded;
      });
      TAGGERS.put(parse, tagger);
    }
    return tagger;
  }
}
