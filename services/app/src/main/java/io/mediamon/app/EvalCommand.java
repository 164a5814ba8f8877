package io.mediamon.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Quality measurements on real annotated data: {@code mediamon eval ner|dedup|stories}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure extraction quality on annotated data (precision, recall, F1).",
    subcommands = {EvalNerCommand.class, EvalDedupCommand.class, EvalStoriesCommand.class, EvalClaimsCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: ner, dedup or stories");
  }
}
