package io.mediamon.app;

import io.mediamon.app.events.EventsFile;
import io.mediamon.app.events.EventsLoader;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.config.MediamonConfig;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Analysts' events: {@code mediamon events load FILE}. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Manage the events being followed.",
    subcommands = EventsCommand.Load.class)
final class EventsCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: load");
  }

  @Command(name = "load", mixinStandardHelpOptions = true,
      description = "Load events to follow from a JSON-lines file into the events topic.")
  static final class Load implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "FILE", description = "One event per line: eventId, title, eventType, actors, "
        + "location, firstSeen.")
    Path file;

    @Override
    public Integer call() {
      MediamonConfig config = options.load();
      if (!config.hasBootstrapServers()) {
        throw new UserError("events load needs --bootstrap-servers HOST:PORT (or bootstrap.servers)");
      }
      var events = EventsFile.read(file, Instant.now());
      MediamonTopics topics = MediamonTopics.from(config);
      try (Admin admin = KafkaAccess.reachableAdmin(config)) {
        TopicCreator.ensureTopics(admin, topics);
      }
      EventsLoader.load(config, topics.events(), events);
      System.err.println("loaded " + events.size() + " event(s) into " + topics.events().name());
      return 0;
    }
  }
}
