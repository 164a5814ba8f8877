package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.evaluation.claims.ClaimEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mediamon eval claims}: who said what, scored against PolNeAR's attributions (polnear-dev in the eval
 * directory; scoring in io.mediamon.evaluation.claims and the data's README).
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Claims and their speakers: detection P/R/F1 and speaker precision/recall on PolNeAR (polnear-dev).")
public final class EvalClaimsCommand implements Callable<Integer> {
  @Mixin
  ConfigOptions options = new ConfigOptions();

  @Option(names = "--eval-dir", paramLabel = "DIR",
      description = "Directory with polnear-dev/ (or itself a PolNeAR part: metadata.tsv, text/, attributions/; or "
          + "holding one such directory under another name); default: " + EvalDedupCommand.DEFAULT_EVAL_DIR
          + " beside the repository.")
  Path evalDir;

  @Option(names = "--details", paramLabel = "FILE",
      description = "Write one TSV line per gold attribution and per unmatched claim (outcome, source, speaker).")
  Path details;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    MediamonConfig config = options.load();
    Path dir = evalDir != null ? evalDir : Paths.home().resolve(EvalDedupCommand.DEFAULT_EVAL_DIR).normalize();
    if (threads < 1) {
      throw new UserError("--threads must be 1 or more");
    }
    Path data;
    try {
      data = ClaimEvaluation.LAYOUT.locate(dir);
    } catch (IOException e) {
      throw new UserError("cannot find PolNeAR's attributions: " + e.getMessage()
          + " (give the eval directory or the data set with --eval-dir DIR)");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<String> skipped = new ArrayList<>();
    List<ClaimEvaluation.Outcome> outcomes = new ClaimEvaluation(Analyzers.analyzer(config).join(), threads)
        .run(data, reason -> {
          skipped.add(reason);
          err.println("Skipped " + reason);
          err.flush();
        });
    PrintWriter out = spec.commandLine().getOut();
    if (!skipped.isEmpty()) {
      out.printf("%d article(s) of %s skipped, unreadable (the reasons above): the scores are over the others.%n",
          skipped.size(), data);
    }
    ClaimEvaluation.report(data, outcomes, out);
    out.flush();
    if (details != null) {
      try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(details, StandardCharsets.UTF_8))) {
        ClaimEvaluation.details(outcomes, writer);
      }
    }
    return 0;
  }
}
