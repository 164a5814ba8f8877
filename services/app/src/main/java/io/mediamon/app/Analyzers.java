package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.nlp.ArticleAnalyzer;
import io.mediamon.extractor.nlp.NerTagger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  /** One pipeline per model list and parse choice: a JVM normally uses one (its configuration's). */
  private static final Map<Key, CompletableFuture<NerTagger>> TAGGERS = new HashMap<>();

  private record Key(List<String> models, boolean parse) {}

  private Analyzers() {}

  /** An analyzer with the configured length cap, on the shared tagger. */
  public static CompletableFuture<ArticleAnalyzer> analyzer(MediamonConfig config) {
    int maxChars = config.getInt(Setting.EXTRACTOR_MAX_CHARS);
    return tagger(config.getList(Setting.EXTRACTOR_NER_MODELS), config.getBoolean(Setting.EXTRACTOR_PARSE))
        .thenApply(t -> new ArticleAnalyzer(t, maxChars));
  }

  /** An analyzer with the default configuration. */
  public static CompletableFuture<ArticleAnalyzer> shared() {
    return analyzer(MediamonConfig.defaults());
  }

  /** The shared tagger for these models and parse choice, loading it in the background on first request. */
  static synchronized CompletableFuture<NerTagger> tagger(List<String> models, boolean parse) {
    Key key = new Key(List.copyOf(models), parse);
    CompletableFuture<NerTagger> tagger = TAGGERS.get(key);
    if (tagger == null || tagger.isCompletedExceptionally()) {
      tagger = CompletableFuture.supplyAsync(() -> {
        long start = System.nanoTime();
        NerTagger loaded = NerTagger.load(key.models(), key.parse());
        LOG.info("NER models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return loaded;
      });
      TAGGERS.put(key, tagger);
    }
    return tagger;
  }
}
