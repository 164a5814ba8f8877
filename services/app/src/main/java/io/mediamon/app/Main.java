package io.mediamon.app;

import io.mediamon.app.pipeline.KafkaAccess.UnreachableClusterException;
import io.mediamon.config.ConfigException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The mediamon command line. Exit codes: 0 success, 1 failure while running, 2 bad usage, input or config. */
@Command(name = "mediamon", mixinStandardHelpOptions = true, version = "mediamon 0.1.0",
    description = "Media monitoring on Kafka Streams: articles in, deduplicated event alerts out.",
    subcommands = {DemoCommand.class, RunCommand.class, ExtractCommand.class, EventsCommand.class, WatchCommand.class,
        TailCommand.class, IngestCommand.class, EvalCommand.class, BenchCommand.class, BrokerCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: demo, run, ingest, extract, events, watch, tail, eval, bench or broker");
  }

  public static void main(String[] args) {
    // Before any class with a logger is initialized: the logger's level is fixed when the first one is created.
    EarlyLogging.apply(args, System.getenv());
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs one command line with the given output (results) and error (messages) writers. */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    return new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          if (e instanceof ConfigException || e instanceof UserError || e instanceof UnreachableClusterException) {
            commandLine.getErr().println("mediamon: " + e.getMessage());
            return 2;
          }
          LoggerFactory.getLogger(Main.class).error("mediamon failed", e);
          commandLine.getErr().println("mediamon: failed: " + e.getMessage());
          return 1;
        })
        .execute(args);
  }
}
