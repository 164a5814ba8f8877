package io.mediamon.app.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one {@code mediamon bench extract}: a table for people, JSON for scripts.
 *
 * @param command the command line that produced the figures, so they can be reproduced
 * @param broker "embedded" or the bootstrap servers of the end-to-end run
 */
public record BenchReport(String command, String corpus, String warmup, int threads, int partitions,
    String broker, List<RunFigures> runs) {
  private static final double MB = 1024 * 1024;

  public BenchReport {
    runs = List.copyOf(runs);
  }

  /** End-to-end articles/s as a share of in-process articles/s, when both ran (medians of repeated runs). */
  public Optional<Double> endToEndRatio() {
    OptionalDouble inProcess = medianRate(InProcessRun.NAME);
    OptionalDouble endToEnd = medianRate(EndToEndRun.NAME);
    if (inProcess.isEmpty() || endToEnd.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(endToEnd.getAsDouble() / inProcess.getAsDouble());
  }

  /** A run's median articles/s as a share of the plain-CoreNLP reference's, when both ran. */
  public Optional<Double> ratioToReference(String name) {
    OptionalDouble reference = medianRate(InProcessRun.CORENLP);
    OptionalDouble run = medianRate(name);
    if (reference.isEmpty() || run.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(run.getAsDouble() / reference.getAsDouble());
  }

  /**
   * Each run of {@code name} against the run of {@code base} just before it (the default order alternates
   * reference, in process, end to end): the machine's speed drifts over the minutes a bench takes, so a run compared
   * with its neighbour is a steadier ratio than medians taken over runs minutes apart. Empty when no run of
   * {@code name} follows one of {@code base}.
   */
  public List<Double> pairedRatios(String name, String base) {
    List<Double> ratios = new java.util.ArrayList<>();
    RunFigures previous = null;
    for (RunFigures r : runs) {
      if (r.name().equals(base)) {
        previous = r;
      } else if (r.name().equals(name) && previous != null) {
        ratios.add(r.articlesPerSecond() / previous.articlesPerSecond());
        previous = null;
      }
    }
    return ratios;
  }

  /** The median of paired ratios ({@link #pairedRatios}), when there are at least two pairs. */
  public Optional<Double> medianPairedRatio(String name, String base) {
    double[] ratios = pairedRatios(name, base).stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (ratios.length < 2) {
      return Optional.empty();
    }
    return Optional.of((ratios[(ratios.length - 1) / 2] + ratios[ratios.length / 2]) / 2);
  }

  /** Median articles/s of the runs of that name (the mean of the middle two for an even count). */
  OptionalDouble medianRate(String name) {
    double[] rates = runs.stream().filter(r -> r.name().equals(name)).mapToDouble(RunFigures::articlesPerSecond)
        .sorted().toArray();
    if (rates.length == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((rates[(rates.length - 1) / 2] + rates[rates.length / 2]) / 2);
  }

  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(command).append('\n');
    out.append("corpus:  ").append(corpus).append('\n');
    out.append("warm-up: ").append(warmup).append('\n');
    out.append(String.format(Locale.ROOT, "machine: %d cores, max heap %.0f MB, Java %s; %d analyzer/stream "
        + "threads, %d partitions, broker %s%n", Machine.cores(), Machine.maxHeapBytes() / MB,
        Runtime.version(), threads, partitions, broker));
    out.append("seconds: first article in to last out; 1st out: first article in to first out (the latency a run "
        + "pays once)\n");
    out.append("tokens:  words and punctuation marks of the clean text; cpu: share of all cores the process used; "
        + "cpu ms/a: process CPU time per article; load: 1-minute load average of the machine after the run\n\n");
    String format = "%-11s %8s %6s %9s %8s %7s %10s %9s %5s %9s %10s %10s %5s%n";
    out.append(String.format(Locale.ROOT, format, "run", "articles", "failed", "tokens", "seconds", "1st out",
        "articles/s", "tokens/s", "cpu", "cpu ms/a", "heap peak", "after GC", "load"));
    for (RunFigures r : runs) {
      out.append(String.format(Locale.ROOT, format, r.name(), r.analyzed(), r.failed(),
          String.format(Locale.ROOT, "%,d", r.tokens()), String.format(Locale.ROOT, "%.2f", r.seconds()),
          String.format(Locale.ROOT, "%.2f", r.firstOutSeconds()),
          String.format(Locale.ROOT, "%.1f", r.articlesPerSecond()),
          String.format(Locale.ROOT, "%,.0f", r.tokensPerSecond()),
          String.format(Locale.ROOT, "%.0f%%", 100 * r.cpuUtilization(Machine.cores())),
          String.format(Locale.ROOT, "%.0f", r.cpuMillisPerArticle()),
          String.format(Locale.ROOT, "%.0f MB", r.heap().peakBytes() / MB),
          String.format(Locale.ROOT, "%.0f MB", r.heap().afterGcBytes() / MB),
          String.format(Locale.ROOT, "%.2f", r.loadAverage())));
    }
    endToEndRatio().ifPresent(ratio -> out.append(String.format(Locale.ROOT,
        "%nend to end runs at %.1f %% of the in-process rate%s%n", 100 * ratio,
        runs.size() > 2 ? String.format(Locale.ROOT, " (medians: %.1f and %.1f articles/s)",
            medianRate(EndToEndRun.NAME).getAsDouble(), medianRate(InProcessRun.NAME).getAsDouble())
            : " (one run of each: the machine's speed drifts between runs, repeat them for a steadier ratio)")));
    medianPairedRatio(EndToEndRun.NAME, InProcessRun.NAME).ifPresent(ratio -> out.append(String.format(Locale.ROOT,
        "each end-to-end run against the in-process run just before it: %s; median %.1f %%%n",
        percentages(pairedRatios(EndToEndRun.NAME, InProcessRun.NAME)), 100 * ratio)));
    ratioToReference(InProcessRun.NAME).ifPresent(ratio -> out.append(String.format(Locale.ROOT,
        "mediamon's analyzer in process runs at %.2f x the plain-CoreNLP reference's rate (tokenize, ssplit, ner "
        + "with the two CRF models of before issue 15; medians %.1f and %.1f articles/s)%n", ratio,
        medianRate(InProcessRun.NAME).getAsDouble(), medianRate(InProcessRun.CORENLP).getAsDouble())));
    medianPairedRatio(InProcessRun.NAME, InProcessRun.CORENLP).ifPresent(ratio -> out.append(String.format(
        Locale.ROOT, "each in-process run against the reference run just before it: %s; median %.2f x%n",
        pairedRatios(InProcessRun.NAME, InProcessRun.CORENLP).stream()
            .map(r -> String.format(Locale.ROOT, "%.2f", r)).collect(java.util.stream.Collectors.joining(", ")),
        ratio)));
    ratioToReference(EndToEndRun.NAME).ifPresent(ratio -> out.append(String.format(Locale.ROOT,
        "end to end runs at %.2f x the reference's rate%n", ratio)));
    out.append("\ncpu seconds by thread group; \"waited for a core\": thread-seconds the process's threads were "
        + "ready to run but found no free core (other processes, or more busy threads than cores):\n");
    for (RunFigures r : runs) {
      StringBuilder groups = new StringBuilder();
      for (Map.Entry<String, Double> group : r.cpuSecondsByThreadGroup().entrySet()) {
        groups.append(groups.length() == 0 ? "" : ", ")
            .append(String.format(Locale.ROOT, "%s %.1f", group.getKey(), group.getValue()));
      }
      out.append(String.format(Locale.ROOT, "  %-11s %.1f s of %.1f s x %d cores; waited for a core %s; GC pauses "
          + "%.1f s; JIT compile time %.1f s; %s%n", r.name() + ":", r.cpu().cpuSeconds(), r.seconds(), Machine.cores(),
          r.cpu().runQueueSeconds() < 0 ? "(unknown)" : String.format(Locale.ROOT, "%.1f s (%.1f threads on average)",
              r.cpu().runQueueSeconds(), r.cpu().runQueueSeconds() / r.seconds()),
          r.cpu().gcSeconds(), r.cpu().jitSeconds(), groups));
      if (r.duplicates() > 0) {
        out.append(String.format(Locale.ROOT, "  %-11s %d duplicate enriched record(s)%n", "", r.duplicates()));
      }
    }
    return out.toString();
  }

  public ObjectNode json() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("command", command);
    root.put("corpus", corpus);
    root.put("warmup", warmup);
    root.put("tokens", "words and punctuation marks of the clean text");
    ObjectNode machine = root.putObject("machine");
    machine.put("cores", Machine.cores());
    machine.put("maxHeapMb", Math.round(Machine.maxHeapBytes() / MB));
    machine.put("java", Runtime.version().toString());
    root.put("threads", threads);
    root.put("partitions", partitions);
    root.put("broker", broker);
    ArrayNode list = root.putArray("runs");
    for (RunFigures r : runs) {
      ObjectNode run = list.addObject();
      run.put("name", r.name());
      run.put("articles", r.articles());
      run.put("analyzed", r.analyzed());
      run.put("failed", r.failed());
      run.put("duplicates", r.duplicates());
      run.put("tokens", r.tokens());
      run.put("seconds", round(r.seconds(), 3));
      run.put("firstOutSeconds", round(r.firstOutSeconds(), 3));
      run.put("articlesPerSecond", round(r.articlesPerSecond(), 2));
      run.put("tokensPerSecond", round(r.tokensPerSecond(), 0));
      run.put("cpuSeconds", round(r.cpu().cpuSeconds(), 2));
      run.put("cpuMillisPerArticle", round(r.cpuMillisPerArticle(), 1));
      run.put("cpuUtilization", round(r.cpuUtilization(Machine.cores()), 3));
      run.put("gcPauseSeconds", round(r.cpu().gcSeconds(), 2));
      run.put("jitCompileSeconds", round(r.cpu().jitSeconds(), 2));
      run.put("waitedForACoreSeconds", round(r.cpu().runQueueSeconds(), 2));
      ObjectNode groups = run.putObject("cpuSecondsByThreadGroup");
      r.cpuSecondsByThreadGroup().forEach((group, seconds) -> groups.put(group, round(seconds, 2)));
      run.put("heapPeakMb", Math.round(r.heap().peakBytes() / MB));
      run.put("heapAfterGcMb", Math.round(r.heap().afterGcBytes() / MB));
      run.put("loadAverage", round(r.loadAverage(), 2));
    }
    endToEndRatio().ifPresent(ratio -> root.put("endToEndRatio", round(ratio, 3)));
    ratioToReference(InProcessRun.NAME).ifPresent(ratio -> root.put("inProcessToReference", round(ratio, 3)));
    ratioToReference(EndToEndRun.NAME).ifPresent(ratio -> root.put("endToEndToReference", round(ratio, 3)));
    medianPairedRatio(EndToEndRun.NAME, InProcessRun.NAME)
        .ifPresent(ratio -> root.put("endToEndRatioPaired", round(ratio, 3)));
    medianPairedRatio(InProcessRun.NAME, InProcessRun.CORENLP)
        .ifPresent(ratio -> root.put("inProcessToReferencePaired", round(ratio, 3)));
    return root;
  }

  private static String percentages(List<Double> ratios) {
    return ratios.stream().map(r -> String.format(Locale.ROOT, "%.1f %%", 100 * r))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
