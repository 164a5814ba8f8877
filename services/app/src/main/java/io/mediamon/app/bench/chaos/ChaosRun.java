package io.mediamon.app.bench.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.app.bench.FirstReportAlerts;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.ingest.ArticleIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fault suite's kill part: a backfill of distinct stories goes through the four services, each in a process of
 * its own on a broker in a process of its own, while services and broker are killed with SIGKILL at random moments
 * (seeded) and started again as a supervisor would. Then an undisturbed reference run processes the very same raw
 * records (its own application ids and output topics) in one process, and the two are compared: every article on
 * the raw topic, one enriched record per raw record, and the same story memberships and alerts, byte for byte (one
 * partition per topic, so "the same order" is defined). Every topic is read committed.
 */
public final class ChaosRun {
  private static final List<String> SERVICES = List.of("extractor", "correlator", "alerter", "ingest");
  private static final String RUNNING = "Running [";
  private static final Duration START_DEADLINE = Duration.ofMinutes(4);
  private static final Duration QUIET = Duration.ofSeconds(15);
  /** Lines of a service's log shown when it ended by itself: its last error and what led to it. */
  private static final int EXIT_LINES = 30;
  /**
   * Every new story announced on its first report, in both runs: the generated stories share their sentence
   * templates, so most would count as related to an earlier one and wait for several articles.
   */
  private static final List<String> FIRST_REPORT = FirstReportAlerts.asFlags();

  /**
   * @param articles articles in the backfill
   * @param articlesPerFile articles per dropped file; one file is dropped every {@code feedInterval}
   * @param kills kills, of the services and the broker in turn (a seeded shuffle of each round)
   * @param gap the least and the most time between one kill's recovery and the next kill (uniform, seeded)
   */
  public record Plan(int articles, int articlesPerFile, Duration feedInterval, int kills, Duration minGap,
      Duration maxGap, long seed) {}

  /** A kill: whom, when (since the backfill began), and how long until the process was working again. */
  public record Kill(String target, Duration at, Duration recovery) {}

  /** A process that ended without being killed: its exit status and the last lines it wrote, which say why. */
  public record Exit(String service, int status, List<String> lastLines) {
    @Override
    public String toString() {
      return service + " exited with status " + status + "; its last lines:\n  | " + String.join("\n  | ", lastLines);
    }
  }

  /** What the comparison found; lost and duplicated are counted against the raw topic and the reference run. */
  public record Report(Plan plan, List<Kill> kills, List<Exit> unexpectedExits, int rawRecords, int rawDistinct,
      int lostBeforeRaw, int enrichedLost, int enrichedDuplicated, int memberships, int referenceMemberships,
      int membershipsLost, int membershipsDuplicated, boolean membershipsEqual, int alerts, int referenceAlerts,
      boolean alertsEqual, int deadLetters, int referenceDeadLetters, Duration disturbed, Duration reference) {

    /** Nothing lost, nothing repeated, the same outcome as undisturbed. */
    public boolean passed() {
      return lostBeforeRaw == 0 && enrichedLost == 0 && enrichedDuplicated == 0 && membershipsLost == 0
          && membershipsDuplicated == 0 && membershipsEqual && alertsEqual && deadLetters == referenceDeadLetters;
    }
  }

  private final Plan plan;
  private final Path work;
  private final String classPath;
  private final PrintWriter progress;
  private final Random random;
  private final List<Exit> unexpectedExits = new CopyOnWriteArrayList<>();

  /** @param classPath the launcher's class path (the app jar and its runtime dependencies) for every process */
  public ChaosRun(Plan plan, Path work, String classPath, PrintWriter progress) {
    this.plan = plan;
    this.work = work;
    this.classPath = classPath;
    this.progress = progress;
    this.random = new Random(plan.seed());
  }

  public Report run() throws Exception {
    int[] ports = freePorts();
    String bootstrap = "127.0.0.1:" + ports[0];
    Files.createDirectories(work.resolve("logs"));
    ServiceProcess broker = new ServiceProcess("broker", classPath, "1g", List.of("broker", "--data-dir",
        work.resolve("kafka").toString(), "--port", String.valueOf(ports[0]), "--controller-port",
        String.valueOf(ports[1])), work.resolve("logs/broker.log"), "broker ready at");
    List<ServiceProcess> all = new ArrayList<>();
    ScheduledExecutorService background = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "chaos-background");
      t.setDaemon(true);
      return t;
    });
    try {
      start(broker);
      Path drop = Files.createDirectories(work.resolve("drop"));
      List<Path> files = ChaosArticles.write(work.resolve("staging"), plan.articles(), plan.articlesPerFile(),
          plan.seed(), Instant.now());
      Map<String, ServiceProcess> services = new LinkedHashMap<>();
      for (String name : SERVICES) {
        List<String> args = new ArrayList<>(List.of("run", "--services", name, "--bootstrap-servers", bootstrap,
            "--set", "topic.partitions=1", "--set", "application.id.prefix=chaos", "--set",
            "state.dir=" + work.resolve("state-" + name), "--set", "streams.instance-id=chaos-" + name));
        args.addAll(FIRST_REPORT);
        if (name.equals("ingest")) {
          args.addAll(List.of("--set", "ingest.dir=" + drop));
        }
        services.put(name, new ServiceProcess(name, classPath, name.equals("extractor") ? "2g" : "512m", args,
            work.resolve("logs/" + name + ".log"), RUNNING));
      }
      all.addAll(services.values());
      for (ServiceProcess service : services.values()) {
        start(service);
      }
      MediamonConfig disturbed = MediamonConfig.defaults().with(Map.of(Setting.BOOTSTRAP_SERVERS.key(), bootstrap));

      Instant begin = Instant.now();
      progress.printf("chaos: %d articles in %d files, %d kills (seed %d)%n", plan.articles(), files.size(),
          plan.kills(), plan.seed());
      AtomicInteger dropped = new AtomicInteger();
      background.scheduleWithFixedDelay(() -> drop(files, drop, dropped), 0, plan.feedInterval().toMillis(),
          TimeUnit.MILLISECONDS);
      Object lifecycle = new Object();
      background.scheduleWithFixedDelay(() -> supervise(services.values(), lifecycle), 1, 1, TimeUnit.SECONDS);

      List<Kill> kills = new ArrayList<>();
      List<String> round = new ArrayList<>();
      for (int k = 0; k < plan.kills(); k++) {
        if (round.isEmpty()) {
          round.addAll(SERVICES);
          round.add("broker");
          Collections.shuffle(round, random);
        }
        String target = round.remove(0);
        long gap = plan.minGap().toMillis()
            + (long) (random.nextDouble() * (plan.maxGap().toMillis() - plan.minGap().toMillis()));
        TimeUnit.MILLISECONDS.sleep(gap); // the kill's moment is the point: a random one, not a condition
        ServiceProcess victim = target.equals("broker") ? broker : services.get(target);
        Instant killedAt;
        synchronized (lifecycle) {
          killedAt = Instant.now();
          victim.kill();
          victim.start();
        }
        await(victim.name() + " ready again", victim::ready, START_DEADLINE);
        Kill kill = new Kill(target, Duration.between(begin, killedAt), Duration.between(killedAt, Instant.now()));
        kills.add(kill);
        progress.printf("chaos: kill %d/%d: %s at %d s, working again after %.1f s (raw %d, dropped %d/%d files)%n",
            k + 1, plan.kills(), target, kill.at().toSeconds(), kill.recovery().toMillis() / 1000.0,
            count(disturbed, disturbed.get(Setting.TOPIC_RAW)), dropped.get(), files.size());
      }
      await("every file dropped", () -> dropped.get() == files.size(), Duration.ofHours(1));
      await("the drop directory emptied", () -> pending(drop) == 0, Duration.ofMinutes(10));
      Topics b = Topics.of(disturbed, "");
      awaitQuiet(disturbed, b);
      Duration disturbedTime = Duration.between(begin, Instant.now());
      background.shutdownNow();
      Outputs outB = Outputs.read(disturbed, b);
      for (ServiceProcess service : services.values()) {
        service.stop(Duration.ofSeconds(60));
      }

      progress.printf("chaos: disturbed run done in %d s; reference run on the same raw records%n",
          disturbedTime.toSeconds());
      Topics r = Topics.of(disturbed, "chaos-reference.");
      List<String> refArgs = new ArrayList<>(List.of("run", "--services", "extractor,correlator,alerter",
          "--bootstrap-servers", bootstrap, "--set", "topic.partitions=1", "--set",
          "application.id.prefix=chaos-reference", "--set", "state.dir=" + work.resolve("state-reference")));
      refArgs.addAll(FIRST_REPORT);
      r.settings().forEach((k, v) -> refArgs.addAll(List.of("--set", k + "=" + v)));
      ServiceProcess reference = new ServiceProcess("reference", classPath, "2g", refArgs,
          work.resolve("logs/reference.log"), RUNNING);
      all.add(reference);
      Instant referenceBegin = Instant.now();
      start(reference);
      awaitQuiet(disturbed, r);
      Duration referenceTime = Duration.between(referenceBegin, Instant.now());
      Outputs outR = Outputs.read(disturbed, r);
      reference.stop(Duration.ofSeconds(60));
      return compare(files, outB, outR, kills, disturbedTime, referenceTime);
    } finally {
      // The supervisor first: it would start again what is being stopped here.
      background.shutdownNow();
      background.awaitTermination(30, TimeUnit.SECONDS);
      for (ServiceProcess process : all) {
        process.stop(Duration.ofSeconds(30));
      }
      broker.stop(Duration.ofSeconds(60));
    }
  }

  private Report compare(List<Path> files, Outputs b, Outputs r, List<Kill> kills, Duration disturbed,
      Duration reference) throws IOException {
    Set<String> input = inputIds(files);
    Map<String, Integer> raw = counts(b.rawKeys());
    int lostBeforeRaw = (int) input.stream().filter(id -> !raw.containsKey(id)).count();
    Map<String, Integer> enriched = counts(b.enrichedKeys());
    int enrichedLost = 0;
    int enrichedDuplicated = 0;
    for (String id : union(raw.keySet(), enriched.keySet())) {
      int difference = enriched.getOrDefault(id, 0) - raw.getOrDefault(id, 0);
      enrichedLost += Math.max(0, -difference);
      enrichedDuplicated += Math.max(0, difference);
    }
    Map<String, Integer> members = counts(b.membershipKeys());
    Map<String, Integer> refMembers = counts(r.membershipKeys());
    int membershipsLost = 0;
    int membershipsDuplicated = 0;
    for (String id : union(members.keySet(), refMembers.keySet())) {
      int difference = members.getOrDefault(id, 0) - refMembers.getOrDefault(id, 0);
      membershipsLost += Math.max(0, -difference);
      membershipsDuplicated += Math.max(0, difference);
    }
    return new Report(plan, kills, List.copyOf(unexpectedExits), b.rawKeys().size(), raw.size(), lostBeforeRaw,
        enrichedLost, enrichedDuplicated, b.memberships().size(), r.memberships().size(), membershipsLost,
        membershipsDuplicated, b.memberships().equals(r.memberships()), b.alerts().size(), r.alerts().size(),
        b.alerts().equals(r.alerts()), b.deadLetters(), r.deadLetters(), disturbed, reference);
  }

  /** The ids ingest gives the backfill's articles (from their URLs). */
  private static Set<String> inputIds(List<Path> files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          ids.add(ArticleIds.fromUrl(json.readTree(line).get("url").asText()));
        }
      }
    }
    return ids;
  }

  /** Moves the next staged file into the drop directory (a rename: ingest never sees half a file). */
  private static void drop(List<Path> files, Path drop, AtomicInteger dropped) {
    int next = dropped.get();
    if (next >= files.size()) {
      return;
    }
    try {
      Path file = files.get(next);
      Files.copy(file, drop.resolve(file.getFileName() + ".part"), StandardCopyOption.REPLACE_EXISTING);
      Files.move(drop.resolve(file.getFileName() + ".part"), drop.resolve(file.getFileName()),
          StandardCopyOption.ATOMIC_MOVE);
      dropped.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files in the drop directory that ingest has not moved to .done or .failed yet. */
  private static long pending(Path drop) {
    try (Stream<Path> entries = Files.list(drop)) {
      return entries.filter(p -> p.getFileName().toString().endsWith(".jsonl")).count();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** A service that ended without being killed (a crash of its own) is counted and started again. */
  private void supervise(Iterable<ServiceProcess> services, Object lifecycle) {
    synchronized (lifecycle) {
      for (ServiceProcess service : services) {
        Integer status = service.exitStatus();
        if (status != null) {
          Exit exit = new Exit(service.name(), status, service.lastLines(EXIT_LINES));
          unexpectedExits.add(exit);
          progress.printf("chaos: %s (see %s); starting it again%n", exit, service.log());
          service.start();
        }
      }
    }
  }

  private void start(ServiceProcess process) throws InterruptedException, TimeoutException {
    process.start();
    await(process.name() + " ready", process::ready, START_DEADLINE);
  }

  /** Until the enriched topic has one record per raw record and no output topic has moved for {@link #QUIET}. */
  private static void awaitQuiet(MediamonConfig config, Topics topics) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    Map<String, Long> last = Map.of();
    long stableSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      Map<String, Long> ends = new HashMap<>();
      for (String topic : topics.outputs()) {
        ends.put(topic, TopicReader.endOffsets(config, topic).values().stream().mapToLong(Long::longValue).sum());
      }
      ends.put("raw", TopicReader.endOffsets(config, config.get(Setting.TOPIC_RAW)).values().stream()
          .mapToLong(Long::longValue).sum());
      if (!ends.equals(last)) {
        last = ends;
        stableSince = System.nanoTime();
      } else if (System.nanoTime() - stableSince > QUIET.toNanos()) {
        // Counting reads both topics whole: once per quiet period, not on every poll of the end offsets.
        if (count(config, config.get(Setting.TOPIC_RAW)) == count(config, topics.enriched())) {
          return;
        }
        stableSince = System.nanoTime();
      }
      TimeUnit.SECONDS.sleep(1); // polling the brokers' end offsets: a deadline-bound wait for a condition
    }
    throw new TimeoutException("the pipeline did not settle within 30 minutes");
  }

  private static void await(String what, BooleanSupplier condition, Duration timeout)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("chaos: not " + what + " within " + timeout.toSeconds() + " s");
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  private static int count(MediamonConfig config, String topic) {
    return TopicReader.read(config, topic, Map.of(), Long.MAX_VALUE, r -> { });
  }

  private static Map<String, Integer> counts(List<String> keys) {
    return keys.stream().collect(Collectors.toMap(k -> k, k -> 1, Integer::sum));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static int[] freePorts() throws IOException {
    try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
      return new int[] {a.getLocalPort(), b.getLocalPort()};
    }
  }

  /** The output topics of one run: the default names, or the reference run's, prefixed. */
  private record Topics(String enriched, String stories, String memberships, String alerts, String deadLetter) {
    static Topics of(MediamonConfig defaults, String prefix) {
      return new Topics(prefix + defaults.get(Setting.TOPIC_ENRICHED), prefix + defaults.get(Setting.TOPIC_STORIES),
          prefix + defaults.get(Setting.TOPIC_STORY_ARTICLES), prefix + defaults.get(Setting.TOPIC_ALERTS),
          prefix + defaults.get(Setting.TOPIC_DEAD_LETTER));
    }

    List<String> outputs() {
      return List.of(enriched, stories, memberships, alerts, deadLetter);
    }

    Map<String, String> settings() {
      return Map.of(Setting.TOPIC_ENRICHED.key(), enriched, Setting.TOPIC_STORIES.key(), stories,
          Setting.TOPIC_STORY_ARTICLES.key(), memberships, Setting.TOPIC_ALERTS.key(), alerts,
          Setting.TOPIC_DEAD_LETTER.key(), deadLetter);
    }
  }

  /** One run's records, read committed, in offset order. */
  private record Outputs(List<String> rawKeys, List<String> enrichedKeys, List<String> memberships,
      List<String> alerts, int deadLetters) {
    static Outputs read(MediamonConfig config, Topics topics) {
      return new Outputs(keys(config, config.get(Setting.TOPIC_RAW)), keys(config, topics.enriched()),
          records(config, topics.memberships()), records(config, topics.alerts()), count(config, topics.deadLetter()));
    }

    List<String> membershipKeys() {
      return memberships.stream().map(r -> r.substring(0, r.indexOf(' '))).toList();
    }

    private static List<String> keys(MediamonConfig config, String topic) {
      List<String> keys = new ArrayList<>();
      TopicReader.read(config, topic, Map.of(), Long.MAX_VALUE,
          r -> keys.add(new String(r.key(), StandardCharsets.UTF_8)));
      return keys;
    }

    /** "key base64(value)" per record: compared byte for byte. */
    private static List<String> records(MediamonConfig config, String topic) {
      List<String> records = new ArrayList<>();
      TopicReader.read(config, topic, Map.of(), Long.MAX_VALUE, r -> records.add(
          new String(r.key(), StandardCharsets.UTF_8) + " " + Base64.getEncoder().encodeToString(
              r.value() == null ? new byte[0] : r.value())));
      return records;
    }
  }
}
