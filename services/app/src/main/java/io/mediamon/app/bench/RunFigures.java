package io.mediamon.app.bench;

import java.util.Map;

/**
 * What one bench run measured.
 *
 * @param articles articles given to the run
 * @param analyzed articles that came out enriched (each counted once)
 * @param failed articles the analyzer refused (in process) or that were dead-lettered (end to end)
 * @param duplicates enriched records beyond the first for an article (exactly-once: should be 0)
 * @param tokens tokens of the enriched articles' clean text, counted by {@link TokenCounter}
 * @param seconds wall time from the first article in to the last one out
 * @param firstOutSeconds wall time from the first article in to the first one out: the pipeline's latency (end to end
 *     two exactly-once commits), which a run pays once, in {@code seconds} too
 * @param loadAverage the machine's one-minute load average at the end of the run (other processes included)
 */
record RunFigures(String name, int articles, int analyzed, int failed, int duplicates, long tokens,
    double seconds, double firstOutSeconds, CpuWatch.Figures cpu, HeapWatch.Figures heap, double loadAverage) {

  double articlesPerSecond() {
    return analyzed / seconds;
  }

  double tokensPerSecond() {
    return tokens / seconds;
  }

  /** Share of all cores the process kept busy during the run. */
  double cpuUtilization(int cores) {
    return cpu.cpuSeconds() / (seconds * cores);
  }

  /** Process CPU time per article: with other load on the machine, a steadier figure than wall time. */
  double cpuMillisPerArticle() {
    return 1000 * cpu.cpuSeconds() / Math.max(1, analyzed + failed);
  }

  Map<String, Double> cpuSecondsByThreadGroup() {
    return cpu.byThreadGroup();
  }
}
