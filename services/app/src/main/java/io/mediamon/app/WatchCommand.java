package io.mediamon.app;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.watches.Watchlist;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.json.AvroJson;
import io.mediamon.schema.DestinationKind;
import io.mediamon.schema.Severity;
import io.mediamon.schema.Watch;
import io.mediamon.schema.WatchDestination;
import io.mediamon.schema.WatchEntity;
import io.mediamon.serde.TrustedSchemaPackages;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import io.mediamon.watches.InvalidWatchException;
import io.mediamon.watches.WatchFile;
import io.mediamon.watches.WatchValidator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The desk's watches on the watchlists topic: {@code mediamon watch add|list|remove|load}. Without
 * {@code --bootstrap-servers} they talk to the broker `mediamon run` embeds by default (localhost:9092). A watch is
 * checked before it is written; an invalid one is refused with the field named (exit 2).
 */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Manage what the desk watches for.",
    subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class,
        WatchCommand.Load.class})
final class WatchCommand implements Runnable {
  /** Where `mediamon run` without a cluster listens. */
  static final String EMBEDDED_RUN = "localhost:9092";

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: add, list, remove or load");
  }

  /** The watchlist of the configured cluster (or the embedded run's), its topic created when missing. */
  static Watchlist watchlist(ConfigOptions options) {
    MediamonConfig config = options.load();
    if (!config.hasBootstrapServers()) {
      config = config.with(Setting.BOOTSTRAP_SERVERS, EMBEDDED_RUN);
    }
    TrustedSchemaPackages.ensureTrusted();
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
    }
    return new Watchlist(config, topics.watchlists());
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add a watch, or replace the watch with the same id.")
  static final class Add implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--id", required = true, description = "Stable id: letters, digits, '.', '_', '-'.")
    String id;

    @Option(names = "--name", description = "What the desk calls it (default: the id).")
    String name;

    @Option(names = "--entity", paramLabel = "NAME[|VARIANT...]",
        description = "An entity, with other names it goes by after '|' (e.g. \"Winston Blackmore|Blackmore\"). "
            + "Repeatable.")
    List<String> entities = new ArrayList<>();

    @Option(names = "--keyword", description = "A word or phrase (whole words, any case). Repeatable.")
    List<String> keywords = new ArrayList<>();

    @Option(names = "--type", description = "A story type the story must have (e.g. MEETING). Repeatable.")
    List<String> types = new ArrayList<>();

    @Option(names = "--place", description = "A place or country the story must be in. Repeatable.")
    List<String> places = new ArrayList<>();

    @Option(names = "--min-outlets", defaultValue = "1", description = "Outlets a story needs (default 1).")
    int minOutlets;

    @Option(names = "--severity", defaultValue = "MEDIUM", description = "LOW, MEDIUM (default), HIGH, CRITICAL.")
    String severity;

    @Option(names = "--webhook", description = "Deliver its alerts to this URL (JSON POST). Repeatable.")
    List<String> webhooks = new ArrayList<>();

    @Option(names = "--slack", description = "Deliver its alerts to this Slack incoming webhook. Repeatable.")
    List<String> slack = new ArrayList<>();

    @Option(names = "--email", description = "Deliver its alerts to this address. Repeatable.")
    List<String> emails = new ArrayList<>();

    @Override
    public Integer call() {
      Severity level;
      try {
        level = Severity.valueOf(severity.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UserError("--severity: '" + severity + "' is not one of LOW, MEDIUM, HIGH, CRITICAL");
      }
      List<WatchDestination> destinations = new ArrayList<>();
      webhooks.forEach(u -> destinations.add(new WatchDestination(DestinationKind.WEBHOOK, u.trim())));
      slack.forEach(u -> destinations.add(new WatchDestination(DestinationKind.SLACK, u.trim())));
      emails.forEach(a -> destinations.add(new WatchDestination(DestinationKind.EMAIL, a.trim())));
      Watch watch = Watch.newBuilder()
          .setWatchId(id)
          .setName(name == null ? id : name)
          .setEntities(entities.stream().map(WatchCommand::entity).toList())
          .setKeywords(keywords)
          .setStoryTypes(types)
          .setPlaces(places)
          .setMinOutlets(minOutlets)
          .setSeverity(level)
          .setDestinations(destinations)
          .setUpdatedAt(Instant.now())
          .build();
      try {
        WatchValidator.check(watch);
      } catch (InvalidWatchException e) {
        throw new UserError(e.getMessage());
      }
      watchlist(options).put(List.of(watch));
      System.err.println("watch '" + id + "' saved");
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches.")
  static final class ListWatches implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--json", description = "One JSON document per watch, as on the topic.")
    boolean json;

    @Override
    public Integer call() {
      Map<String, Watch> watches = watchlist(options).current();
      for (Watch watch : watches.values()) {
        System.out.println(json ? AvroJson.toJsonLine(watch) : line(watch));
      }
      System.err.println(watches.size() + " watch(es)");
      return 0;
    }

    private static String line(Watch w) {
      List<String> what = new ArrayList<>();
      w.getEntities().forEach(e -> what.add(e.getVariants().isEmpty() ? e.getName()
          : e.getName() + " (" + String.join(", ", e.getVariants()) + ")"));
      w.getKeywords().forEach(k -> what.add("\"" + k + "\""));
      if (!w.getStoryTypes().isEmpty()) {
        what.add("types " + String.join("/", w.getStoryTypes()));
      }
      if (!w.getPlaces().isEmpty()) {
        what.add("in " + String.join("/", w.getPlaces()));
      }
      String to = w.getDestinations().stream().map(d -> d.getKind().name().toLowerCase(Locale.ROOT) + " "
          + d.getTarget()).collect(Collectors.joining(", "));
      return w.getWatchId() + "\t" + w.getSeverity() + "\t" + w.getName() + "\t" + String.join(", ", what)
          + (w.getMinOutlets() > 1 ? "\t" + w.getMinOutlets() + "+ outlets" : "") + (to.isEmpty() ? "" : "\t→ " + to);
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a watch.")
  static final class Remove implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      Watchlist watchlist = watchlist(options);
      if (!watchlist.current().containsKey(id)) {
        throw new UserError("no watch '" + id + "' (mediamon watch list shows them)");
      }
      watchlist.remove(id);
      System.err.println("watch '" + id + "' removed");
      return 0;
    }
  }

  @Command(name = "load", mixinStandardHelpOptions = true,
      description = "Add or replace the watches of a YAML or JSON file (all of them, or none if any is invalid).")
  static final class Load implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      TrustedSchemaPackages.ensureTrusted();
      List<Watch> watches;
      try {
        watches = WatchFile.read(file, Instant.now());
      } catch (InvalidWatchException e) {
        throw new UserError(e.getMessage());
      }
      watchlist(options).put(watches);
      System.err.println("loaded " + watches.size() + " watch(es) from " + file);
      return 0;
    }
  }

  private static WatchEntity entity(String spec) {
    List<String> names = Arrays.stream(spec.split("\\|")).map(String::strip).toList();
    return new WatchEntity(names.get(0), names.subList(1, names.size()));
  }
}
