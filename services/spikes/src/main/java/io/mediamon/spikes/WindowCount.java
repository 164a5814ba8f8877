package io.mediamon.spikes;

import java.util.ArrayList;
import java.util.List;

/**
 * A subject's coverage in one window: articles, distinct outlets and a few representative articles. Bounded however
 * big the spike: outlets are kept (and so counted exactly) up to {@value #MAX_OUTLETS}, then the count stays there
 * ("at least"); the samples are the first article of each of the first {@value #MAX_SAMPLES} outlets.
 *
 * @param firstReported earliest reportedAt of the window's articles, epoch millis
 * @param lastReported latest reportedAt of the window's articles, epoch millis
 */
record WindowCount(int articles, List<String> outlets, List<Sample> samples, long firstReported,
    long lastReported) {
  static final int MAX_OUTLETS = 50;
  static final int MAX_SAMPLES = 5;
  static final WindowCount EMPTY = new WindowCount(0, List.of(), List.of(), Long.MAX_VALUE, Long.MIN_VALUE);

  /** An article that stands for the window in an alert. */
  record Sample(String articleId, String url, String title, String source) {}

  WindowCount {
    outlets = List.copyOf(outlets);
    samples = List.copyOf(samples);
  }

  int outletCount() {
    return outlets.size();
  }

  WindowCount add(SubjectArticle article) {
    List<String> newOutlets = outlets;
    List<Sample> newSamples = samples;
    if (!outlets.contains(article.source()) && outlets.size() < MAX_OUTLETS) {
      newOutlets = new ArrayList<>(outlets);
      newOutlets.add(article.source());
      if (samples.size() < MAX_SAMPLES) {
        newSamples = new ArrayList<>(samples);
        newSamples.add(new Sample(article.articleId(), article.url(), article.title(), article.source()));
      }
    }
    return new WindowCount(articles + 1, newOutlets, newSamples, Math.min(firstReported, article.reportedAt()),
        Math.max(lastReported, article.reportedAt()));
  }
}
