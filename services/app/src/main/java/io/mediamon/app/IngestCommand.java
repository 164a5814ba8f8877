package io.mediamon.app;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.ingest.ArticleFileReader;
import io.mediamon.ingest.ArticlePublisher;
import io.mediamon.ingest.DropDirectory;
import io.mediamon.ingest.FileIngest;
import io.mediamon.ingest.IngestProblem;
import io.mediamon.ingest.http.ArticlePushServer;
import io.mediamon.ingest.http.KafkaArticleSink;
import io.mediamon.ingest.http.PushLimits;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Getting articles in: {@code mediamon ingest files PATH...} (one-shot backfill) and {@code ingest serve} (HTTP push). */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Put articles on the raw topic.",
    subcommands = {IngestCommand.FilesCommand.class, IngestCommand.ServeCommand.class})
public final class IngestCommand implements Runnable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: files or serve");
  }

  private static MediamonTopics ensureTopics(MediamonConfig config, String command) {
    if (!config.hasBootstrapServers()) {
      throw new UserError(command + " needs --bootstrap-servers HOST:PORT (or bootstrap.servers)");
    }
    MediamonTopics topics = MediamonTopics.from(config);
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
    }
    return topics;
  }

  @Command(name = "files", mixinStandardHelpOptions = true,
      description = {"Ingest article files and directories (recursively) once: .txt, .html, .json, .jsonl and the "
          + "same gzipped (.gz). Bad files and lines are reported with path and line; the rest is ingested. "
          + "Exit code 2 when anything was not ingested.",
          "With --watch, each PATH is a drop directory followed until Ctrl-C or SIGTERM: a file put into it is "
              + "published once it has settled, then moved into PATH/.done (or PATH/.failed with a .reason file), "
              + "so a restart publishes nothing twice."})
  static final class FilesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
    List<Path> paths;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
        description = "bar (redrawn line), log (a line every --progress-interval), none; auto: bar on a terminal, "
            + "else log (default: ${DEFAULT-VALUE}).")
    String progressMode;

    @Option(names = "--progress-interval", paramLabel = "DURATION", defaultValue = "PT10S",
        description = "Time between progress lines in log mode, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--watch", description = "Follow each PATH as a drop directory until stopped (see above).")
    boolean watch;

    @Option(names = "--watch-interval", paramLabel = "DURATION", defaultValue = "PT5S",
        description = "Time between scans of the drop directories, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration watchInterval;

    /** Counted down by the shutdown hook (SIGTERM, Ctrl-C); tests count it down to stop watching. */
    final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter err = spec.commandLine().getErr();
      Progress.Mode mode = Progress.Mode.of(progressMode);
      if (watch) {
        for (Path path : paths) {
          if (!Files.isDirectory(path)) {
            throw new UserError("--watch follows directories; " + path + " is not one");
          }
        }
        if (watchInterval.isNegative() || watchInterval.isZero()) {
          throw new UserError("--watch-interval must be positive, got " + watchInterval);
        }
      }
      MediamonConfig config = options.load();
      MediamonTopics topics = ensureTopics(config, "ingest files");
      if (watch) {
        return watch(config, topics, err);
      }
      List<IngestProblem> problems = new ArrayList<>();
      List<Path> files = new ArrayList<>();
      for (Path path : paths) {
        files.addAll(FileIngest.filesUnder(path, problems));
      }
      problems.forEach(p -> err.println("not ingested: " + p));
      ArticleFileReader reader = ArticleFileReader.fromSettings(
          config.get(Setting.INGEST_SOURCE), Clock.systemUTC(), config);
      Progress progress = new Progress(err, mode, files.size(), interval, System::nanoTime);
      long articles = 0;
      try (ArticlePublisher publisher = new ArticlePublisher(config, topics.raw())) {
        for (Path file : files) {
          List<RawArticle> all = new ArrayList<>();
          List<IngestProblem> fileProblems = new ArrayList<>();
          reader.read(file, all, fileProblems);
          List<RawArticle> read = publisher.publishable(file, all, fileProblems);
          read.forEach(publisher::publish);
          articles += read.size();
          if (!fileProblems.isEmpty()) {
            progress.clearLine();
            fileProblems.forEach(p -> err.println("not ingested: " + p));
            problems.addAll(fileProblems);
          }
          progress.fileDone(read.size());
        }
        publisher.flush(); // throws, naming the articles, if Kafka did not acknowledge them all
      }
      progress.finish();
      err.printf(Locale.ROOT, "ingested %d article(s) from %d file(s) into %s; %d problem(s)%n", articles,
          files.size(), topics.raw().name(), problems.size());
      err.flush();
      return problems.isEmpty() ? 0 : 2;
    }

    /** Follows the drop directories until the shutdown hook (or a test) counts {@link #stopped} down. */
    private int watch(MediamonConfig config, MediamonTopics topics, PrintWriter err) throws InterruptedException {
      ArticleFileReader reader = ArticleFileReader.fromSettings(
          config.get(Setting.INGEST_SOURCE), Clock.systemUTC(), config);
      List<DropDirectory> directories = new ArrayList<>();
      try (ArticlePublisher publisher = new ArticlePublisher(config, topics.raw())) {
        try {
          for (Path path : paths) {
            DropDirectory directory = new DropDirectory(path, reader, publisher, Clock.systemUTC());
            directories.add(directory);
            directory.start(watchInterval);
            err.printf(Locale.ROOT, "watching %s every %d s into %s; ingested files move to %s, unreadable ones to "
                + "%s%n", path, watchInterval.toSeconds(), topics.raw().name(), path.resolve(".done"),
                path.resolve(".failed"));
          }
          err.flush();
          Thread hook = new Thread(stopped::countDown, "mediamon-ingest-watch-shutdown");
          Runtime.getRuntime().addShutdownHook(hook);
          try {
            stopped.await();
          } finally {
            ServeCommand.removeHook(hook);
          }
        } finally {
          directories.forEach(DropDirectory::close); // before the publisher: a scan in progress ends first
        }
      }
      err.println("stopped watching");
      err.flush();
      return 0;
    }
  }

  /**
   * Progress of a backfill: on a terminal one line redrawn with '\r' (at most 10 times a second), otherwise a plain
   * line every interval, so that logs collected by a supervisor stay readable.
   */
  static final class Progress {
    enum Mode {
      BAR, LOG, NONE;

      static Mode of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
          case "auto" -> System.console() != null ? BAR : LOG;
          case "bar" -> BAR;
          case "log" -> LOG;
          case "none" -> NONE;
          default -> throw new UserError("--progress must be auto, bar, log or none, not '" + name + "'");
        };
      }
    }

    private static final long BAR_REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final Mode mode;
    private final int totalFiles;
    private final long intervalNanos;
    private final java.util.function.LongSupplier nanoTime;
    private final long start;
    private long lastPrinted;
    private int files;
    private long articles;
    private boolean barShown;

    Progress(PrintWriter out, Mode mode, int totalFiles, Duration interval, java.util.function.LongSupplier nanoTime) {
      this.out = out;
      this.mode = mode;
      this.totalFiles = totalFiles;
      this.intervalNanos = mode == Mode.BAR ? BAR_REDRAW_NANOS : interval.toNanos();
      this.nanoTime = nanoTime;
      this.start = nanoTime.getAsLong();
      this.lastPrinted = start;
    }

    void fileDone(int articlesInFile) {
      files++;
      articles += articlesInFile;
      long now = nanoTime.getAsLong();
      if (mode != Mode.NONE && now - lastPrinted >= intervalNanos) {
        print(now);
        lastPrinted = now;
      }
    }

    /** Before another message: a half-drawn bar would otherwise run into it. */
    void clearLine() {
      if (barShown) {
        out.print("\r\033[2K");
        barShown = false;
      }
    }

    void finish() {
      if (mode != Mode.NONE) {
        print(nanoTime.getAsLong());
        if (mode == Mode.BAR) {
          out.println();
          barShown = false;
        }
      }
      out.flush();
    }

    /** "37/120 files (30%), 412 articles, 12.5 files/s, 98.0 articles/s, ETA 7s". */
    String status(long now) {
      double seconds = Math.max(1e-9, (now - start) / 1e9);
      double filesPerSecond = files / seconds;
      String eta = files == totalFiles ? "done in " + format(Duration.ofNanos(now - start))
          : files == 0 ? "ETA ?" : "ETA " + format(Duration.ofSeconds(Math.round((totalFiles - files) / filesPerSecond)));
      return String.format(Locale.ROOT, "%d/%d files (%d%%), %d articles, %.1f files/s, %.1f articles/s, %s", files,
          totalFiles, totalFiles == 0 ? 100 : files * 100 / totalFiles, articles, filesPerSecond, articles / seconds,
          eta);
    }

    private void print(long now) {
      if (mode == Mode.BAR) {
        int width = 30;
        int filled = totalFiles == 0 ? width : (int) ((long) files * width / totalFiles);
        out.print("\r\033[2K[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + status(now));
        barShown = true;
      } else {
        out.println("ingest: " + status(now));
      }
      out.flush();
    }

    private static String format(Duration d) {
      long s = d.toSeconds();
      return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
          : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
  }

  @Command(name = "serve", mixinStandardHelpOptions = true,
      description = "HTTP push ingest until stopped: POST /articles (JSON article, JSON array or NDJSON; bearer "
          + "token), GET /health.")
  static final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(names = "--host", defaultValue = "127.0.0.1",
        description = "Address to listen on; 0.0.0.0 for every interface, e.g. in a container (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
        description = "Bearer token clients must send (visible to ps: prefer --token-file).")
    String token;

    // Not an environment variable: ConfigLoader rejects MEDIAMON_* variables that are not settings.
    @Option(names = "--token-file", paramLabel = "FILE",
        description = "File whose content (trimmed) is the bearer token, e.g. a container secret.")
    Path tokenFile;

    @Option(names = "--max-bytes", description = "Largest request body; larger ones get 413 (default: the setting "
        + "ingest.http.max-bytes, 10485760). Timeouts and the connection limit: the ingest.http.* settings.")
    Long maxBytes;

    @Option(names = "--threads", description = "Requests stored at the same time (default: the setting "
        + "ingest.http.threads, 4).")
    Integer threads;

    @Option(names = "--source", defaultValue = "push",
        description = "Source recorded on articles without their own (default: ${DEFAULT-VALUE}).")
    String source;

    /** Counted down by the shutdown hook (SIGTERM, Ctrl-C); tests count it down to stop the server. */
    final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
      String bearer = bearerToken();
      if ((maxBytes != null && maxBytes <= 0) || (threads != null && threads <= 0) || port < 0 || port > 65535) {
        throw new UserError("--max-bytes and --threads must be positive and --port within 0..65535");
      }
      MediamonConfig config = options.load();
      PushLimits limits = PushLimits.fromSettings(config);
      if (maxBytes != null) {
        limits = limits.withBodyLimit(maxBytes);
      }
      if (threads != null) {
        limits = limits.withThreads(threads);
      }
      MediamonTopics topics = ensureTopics(config, "ingest serve");
      try (KafkaArticleSink sink = new KafkaArticleSink(config, topics.raw(), Duration.ofSeconds(30));
          ArticlePushServer server = new ArticlePushServer(host, port, bearer, limits, sink,
              new ArticleFileReader(source, Clock.systemUTC()))) {
        Thread hook = new Thread(() -> {
          server.close();
          stopped.countDown();
        }, "mediamon-ingest-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getErr().println("listening on http://" + host + ":" + server.port()
            + "/articles, writing to " + topics.raw().name());
        spec.commandLine().getErr().flush();
        try {
          stopped.await();
        } finally {
          removeHook(hook);
        }
      }
      return 0;
    }

    private String bearerToken() {
      if (token != null && tokenFile != null) {
        throw new UserError("give the bearer token once: --token or --token-file");
      }
      String value = token;
      if (tokenFile != null) {
        try {
          value = Files.readString(tokenFile).strip();
        } catch (IOException e) {
          throw new UserError("cannot read --token-file " + tokenFile + ": " + e.getMessage());
        }
      }
      if (value == null || value.isBlank()) {
        throw new UserError("ingest serve needs a bearer token: --token-file FILE or --token TOKEN");
      }
      return value;
    }

    /** Stopped by the caller (a test), not by the JVM: the hook would otherwise outlive the command. */
    static void removeHook(Thread hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException jvmShuttingDown) {
        // The JVM is shutting down and the hook is what stopped the server: nothing to remove.
        LOG.debug("Shutdown hook kept: {}", jvmShuttingDown.getMessage());
      }
    }
  }
}
