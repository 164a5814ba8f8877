package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.evaluation.stories.GoldStories;
import io.mediamon.evaluation.stories.StoryEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Story clustering quality on annotated news: B³ and pairwise precision, recall and F1, and alerts per gold story,
 * in the file's order and in shuffled orders, through the real correlator and alerter topologies.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Story clustering quality (B3, pairwise P/R/F1) and alerts per story on annotated news.")
public final class EvalStoriesCommand implements Callable<Integer> {
  /** --part K/N. */
  private static final Pattern PART = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

  @Mixin
  ConfigOptions options = new ConfigOptions();

  @Option(names = "--eval-dir", paramLabel = "DIR",
      description = "Directory with ecbplus-dev/ (or itself holding articles.jsonl and gold.tsv, or holding one such "
          + "directory under another name, e.g. held-out topics); default: "
          + EvalDedupCommand.DEFAULT_EVAL_DIR + " beside the repository.")
  Path evalDir;

  @Option(names = "--shuffles", paramLabel = "N", defaultValue = "5",
      description = "Shuffled orders to run after the file's order (default: ${DEFAULT-VALUE}).")
  int shuffles;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the shuffles (default: ${DEFAULT-VALUE}); shuffle i uses seed+i.")
  long seed;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Save the analyzed articles here and reuse them on the next run (skips NER when tuning).")
  Path cache;

  @Option(names = "--assignments", paramLabel = "FILE",
      description = "Write every order's decisions here (order, position, article, gold story, story, reason, score; "
          + "TSV) for error analysis.")
  Path assignments;

  @Option(names = "--alerts", paramLabel = "FILE",
      description = "Write every order's alerts here (order, kind, story, articles, sources, related story, gold story, "
          + "headline, title, type, place, date, changes; TSV): which gold stories were announced twice, or not at "
          + "all, by which stories, and what each alert said.")
  Path alerts;

  @Option(names = "--half", paramLabel = "1|2",
      description = "Only half of the annotated stories (whole topics, alternately by topic): tune on one half, "
          + "check on the other.")
  Integer half;

  @Option(names = "--part", paramLabel = "K/N",
      description = "Only the K-th of N parts of the annotated stories (whole topics, every N-th from the K-th): "
          + "--part 1/4 is about the size of a held-out set of ten topics. --half 1 is --part 1/2.")
  String part;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    MediamonConfig config = options.load();
    if (shuffles < 0) {
      throw new UserError("--shuffles must be 0 or more, got " + shuffles);
    }
    Path dir = evalDir != null ? evalDir : Paths.home().resolve(EvalDedupCommand.DEFAULT_EVAL_DIR).normalize();
    if (!Files.isDirectory(dir)) {
      throw new UserError("no eval directory at " + dir + " (give one with --eval-dir DIR)");
    }
    GoldStories gold;
    try {
      gold = GoldStories.read(dir);
      if (half != null && part != null) {
        throw new UserError("give --half or --part, not both");
      }
      Matcher kOfN = part == null ? null : PART.matcher(part.trim());
      if (kOfN != null && !kOfN.matches()) {
        throw new UserError("--part must be K/N (for example 1/4), got '" + part + "'");
      }
      // GoldStories refuses a half or part that does not fit, with the reason.
      try {
        if (half != null) {
          gold = gold.half(half);
        }
        if (kOfN != null) {
          gold = gold.part(Integer.parseInt(kOfN.group(1)), Integer.parseInt(kOfN.group(2)));
        }
      } catch (IllegalArgumentException e) {
        throw new UserError((half != null ? "--half " + half : "--part " + part) + ": " + e.getMessage());
      }
    } catch (IOException e) {
      throw new UserError("cannot read the annotated stories: " + e.getMessage());
    }
    new StoryEvaluation(config, spec.commandLine().getOut())
        .run(gold, () -> Analyzers.analyzer(config).join(), shuffles, seed, cache,
            new StoryEvaluation.AnalysisFiles(assignments, alerts));
    return 0;
  }
}
