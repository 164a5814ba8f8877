package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.dedup.TextSignature;
import io.mediamon.extractor.dedup.WordShingles;
import io.mediamon.extractor.dedup.eval.DedupEvaluation;
import io.mediamon.extractor.dedup.eval.DuplicateTestSet;
import io.mediamon.extractor.dedup.eval.EvalCorpus;
import io.mediamon.extractor.dedup.eval.EvalDocument;
import io.mediamon.extractor.dedup.eval.LabeledPair;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures the near-duplicate detection on a test set built at run time from the evaluation data's real text:
 * edited copies of each document (duplicates) against every other document (not duplicates). Prints precision,
 * recall and F1 over a range of thresholds and for the configured one, then where the errors come from.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = "Precision and recall of duplicate detection on edited copies of the eval documents.")
public final class EvalDedupCommand implements Callable<Integer> {
  /** The eval data lives beside the repository, never in it. */
  static final String DEFAULT_EVAL_DIR = "../shared/eval";

  @Mixin
  ConfigOptions options = new ConfigOptions();

  @Option(names = "--eval-dir", paramLabel = "DIR",
      description = "Directory with re3d-us-state-department/ and gmb-voa/ (default: " + DEFAULT_EVAL_DIR
          + " beside the repository).")
  Path evalDir;

  @Option(names = "--threshold", paramLabel = "T",
      description = "Threshold to report in detail (default: the setting extractor.duplicate-threshold).")
  Double threshold;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "3",
      description = "Seed of the random edits and groupings (default: ${DEFAULT-VALUE}); the figures are reproducible.")
  long seed;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    MediamonConfig config = options.load();
    double chosen = threshold != null ? threshold : config.getDouble(Setting.EXTRACTOR_DUPLICATE_THRESHOLD);
    if (!(chosen > 0 && chosen <= 1)) {
      throw new UserError("--threshold must be above 0 and at most 1, got " + chosen);
    }
    Path dir = evalDir != null ? evalDir : Paths.home().resolve(DEFAULT_EVAL_DIR).normalize();
    if (!Files.isDirectory(dir)) {
      throw new UserError("no eval directory at " + dir + " (give one with --eval-dir DIR)");
    }
    List<EvalDocument> originals;
    try {
      originals = EvalCorpus.read(dir, seed);
    } catch (IOException | RuntimeException e) {
      throw new UserError("cannot read the eval data in " + dir + ": " + e.getMessage());
    }
    long start = System.nanoTime();
    List<LabeledPair> pairs = DuplicateTestSet.build(originals, seed);
    DedupEvaluation evaluation = DedupEvaluation.score(pairs);
    long millis = (System.nanoTime() - start) / 1_000_000;
    report(spec.commandLine().getOut(), dir, originals, pairs, evaluation, chosen, millis);
    return 0;
  }

  private static void report(PrintWriter out, Path dir, List<EvalDocument> originals, List<LabeledPair> pairs,
      DedupEvaluation evaluation, double chosen, long millis) {
    long copies = pairs.stream().filter(LabeledPair::duplicate).count();
    out.printf(Locale.ROOT, "Duplicate detection on %s: %d documents (%d re3d, %d GMB/VOA), %d copy pairs, "
            + "%d pairs of different documents; scored in %d ms.%n", dir, originals.size(),
        originals.stream().filter(d -> d.collection().equals("re3d")).count(),
        originals.stream().filter(d -> d.collection().equals("gmb")).count(), copies, pairs.size() - copies, millis);
    out.printf(Locale.ROOT, "Similarity: MinHash estimate (%d hashes) of the Jaccard similarity of word %d-shingles; "
            + "candidates: %d LSH bands of %d rows.%n%n", TextSignature.HASHES, WordShingles.SIZE,
        TextSignature.BANDS, TextSignature.ROWS);
    out.println("threshold  precision  recall     F1      TP      FP      FN");
    TreeSet<Double> thresholds = new TreeSet<>();
    for (int t = 30; t <= 95; t += 5) {
      thresholds.add(t / 100.0);
    }
    thresholds.add(chosen);
    for (double t : thresholds) {
      DedupEvaluation.Counts c = evaluation.at(t);
      out.printf(Locale.ROOT, "%8.2f%s %9.3f %8.3f %8.3f %7d %7d %7d%n", t, t == chosen ? "*" : " ", c.precision(),
          c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }
    out.printf(Locale.ROOT, "(* the threshold reported below)%n%nAt threshold %.2f, by kind of pair:%n", chosen);
    for (Map.Entry<String, long[]> kind : evaluation.calledByKind(chosen).entrySet()) {
      long total = kind.getValue()[0];
      long called = kind.getValue()[1];
      out.printf(Locale.ROOT, "  %-62s %7d pairs, %7d called duplicates (%.1f%%)%n", kind.getKey(), total, called,
          100.0 * called / total);
    }
    out.printf(Locale.ROOT, "  of the copies missed, %d were similar enough but shared no LSH band with the original%n",
        evaluation.missedByIndex(chosen));
    out.printf(Locale.ROOT, "%nClosest different documents (similarity, found by the index):%n");
    for (DedupEvaluation.Scored s : evaluation.closestDifferent(5)) {
      out.printf(Locale.ROOT, "  %.3f %-5s %s / %s%n", s.similarity(), s.found(), s.pair().first().id(),
          s.pair().second().id());
    }
    out.printf(Locale.ROOT, "Furthest copies (similarity, found by the index):%n");
    for (DedupEvaluation.Scored s : evaluation.furthestCopies(5)) {
      out.printf(Locale.ROOT, "  %.3f %-5s %s%n", s.similarity(), s.found(), s.pair().second().id());
    }
    out.flush();
  }
}
