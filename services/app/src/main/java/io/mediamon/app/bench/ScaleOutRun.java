package io.mediamon.app.bench;

import io.mediamon.app.bench.chaos.ServiceProcess;
import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.extractor.ExtractorTopology;
import io.mediamon.ingest.ArticlePublisher;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.MediamonTopics;
import io.mediamon.topics.TopicCreator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;

/**
 * Scale-out of the extractor, shown: the same articles through one `mediamon run --services extractor` process, then
 * through several on the same broker (each a JVM of its own on the launcher's class path, with one stream thread), the
 * partitions shared between them by Kafka's consumer group, then through the last of them alone. Then, optionally, the
 * kill of one of several processes in the middle of a run: the others take its partitions over, and every article
 * comes out once (read committed), none lost and none twice.
 *
 * <p>The scale-out is measured on matched JVMs: the first process alone, the same process joined by the others, and
 * the last of them alone once the others have left. Each fresh JVM settles at a speed of its own (what its JIT compiler
 * makes of CoreNLP's code: one process alone went from 24 to 48 articles/s between runs of the same build), so a
 * single process measured in one JVM and a pair in two others compared JIT luck as much as the sharing of partitions
 * (1.14 to 2.35 x over four quiet runs). Against the processes' own rates alone, the JVMs' luck cancels out.
 *
 * <p>Then, on the same warm processes, rounds of short measurements in turn: each process alone (the batch sent only
 * to the partitions it holds, its partners idle in the group) and all of them together, the order rotated from round
 * to round. On a machine whose speed drifts over minutes (two busy cores here: passes of one pair ranged from 66 to
 * 87 articles/s), the three matched phases above are minutes apart and one drift decides the figure; a round's
 * measurements are seconds apart, so each round's scale-out compares like with like, and the median of the rounds
 * is the figure.
 *
 * <p>Each phase has topics and an application id of its own, and its processes first analyze a warm-up set of other
 * articles, not measured, so that the JIT compiler has compiled CoreNLP's code in every process when the clock starts.
 */
public final class ScaleOutRun {
  private static final String RUNNING = "Running [";
  private static final com.sun.management.OperatingSystemMXBean BENCH_JVM =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  private static final Duration START_DEADLINE = Duration.ofMinutes(4);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  /** A warm-up pass at most this much faster than the one before: the JIT compiler has settled. */
  private static final double SETTLED_GAIN = 0.05;
  /** The longest warm-up, in multiples of the warm-up time, however much the passes still improve. */
  private static final long MAX_WARMUP_FACTOR = 3;
  /** How often the kill phase asks the group coordinator whether the survivors hold the killed process's partitions. */
  private static final Duration TAKEOVER_POLL = Duration.ofSeconds(1);
  /** Longest wait for the takeover after the last article is out: the session timeout (15 s) and a rebalance. */
  private static final Duration TAKEOVER_DEADLINE = Duration.ofMinutes(2);

  /**
   * @param instances processes of the scaled-out phase (the first phase always has one)
   * @param partitions partitions of each phase's topics: at least {@code instances}, so that none idles
   * @param warmupTime how long every phase's processes analyze the warm-up articles, pass after pass (at least one),
   *     before its clock starts: each process is a fresh JVM whose JIT compiler must compile CoreNLP's code first
   * @param rounds rounds of interleaved measurements on the warm processes (each alone, then together; 0: none)
   * @param kill whether to run the kill phase
   * @param pinned whether each process is kept on one core of its own (taskset), as each instance would have a
   *     machine of its own: unpinned, one process also spends the other cores (GC, JIT compiler, client threads), and
   *     on a small machine the comparison measures the cores rather than the sharing of partitions
   * @param timeout longest wait for one pass's articles
   */
  public record Options(int instances, int partitions, Duration warmupTime, int rounds, boolean kill,
      boolean pinned, Duration timeout) {
    public Options {
      if (instances < 2 || partitions < instances || warmupTime.isNegative() || rounds < 0) {
        throw new IllegalArgumentException("--instances must be at least 2, --partitions at least --instances, "
            + "--warmup-time and --rounds not negative");
      }
    }
  }

  /**
   * One measurement's figures: articles per second from the first send to the last article out, read committed.
   *
   * @param processCpuSeconds CPU time the measured processes used meanwhile, together
   * @param benchCpuSeconds CPU time this JVM used meanwhile: the embedded broker, the producer, the collector
   * @param partitionsHeld the raw partitions each process's stream thread held, as the group coordinator told
   * @param firstOutSeconds from the first send to the first article out: paid once per measurement (the exactly-once
   *     commits of the extractor and of the duplicate stage), whatever its length
   */
  public record Phase(String name, int instances, int articles, int enriched, int deadLettered, int duplicates,
      double seconds, double processCpuSeconds, double benchCpuSeconds, String partitionsHeld,
      double firstOutSeconds) {
    public double rate() {
      return articles / seconds;
    }

    /** Cores the measured processes kept busy, on average. */
    public double processCores() {
      return processCpuSeconds / seconds;
    }

    /** Cores this JVM (broker, producer, collector) kept busy, on average. */
    public double benchCores() {
      return benchCpuSeconds / seconds;
    }

    /** Articles per CPU second of the processes: what sharing the partitions costs, whatever the cores allowed. */
    public double articlesPerCpuSecond() {
      return articles / processCpuSeconds;
    }
  }

  /**
   * The kill phase: what came out after one of the processes was killed with SIGKILL halfway through its share.
   *
   * @param victimPartitions raw partitions the killed process held
   * @param victimArticles articles sent to those partitions
   * @param victimArticlesOutAtKill of those, out when it was killed (the rest was the survivors' to take over)
   * @param takeoverSeconds from the kill to the group coordinator showing the survivors with all the raw partitions
   *     (NaN: never seen)
   */
  public record KillPhase(int instances, int articles, int accountedFor, int duplicates, double killedAtSeconds,
      double seconds, int victimPartitions, int victimArticles, int victimArticlesOutAtKill, double takeoverSeconds) {
    public boolean takenOver() {
      return !Double.isNaN(takeoverSeconds);
    }

    public boolean passed() {
      return accountedFor == articles && duplicates == 0 && takenOver();
    }
  }

  /**
   * One round of interleaved measurements on the warm processes.
   *
   * @param alone each process alone (in process order), the batch on its own partitions while the others idled
   * @param stable whether the group's assignment was the same after the round as before it: a rebalance in the middle
   *     (a probing rebalance moving a task) would have sent an "alone" batch partly to a partner
   */
  public record Round(int number, List<Phase> alone, Phase together, boolean stable) {
    /** Together as a multiple of the mean of the processes alone, all measured within the round. */
    public double speedUp() {
      return together.rate() / alone.stream().mapToDouble(Phase::rate).average().orElseThrow();
    }

    /** Articles per CPU second together as a share of the mean alone. */
    public double cpuEfficiency() {
      return together.articlesPerCpuSecond()
          / alone.stream().mapToDouble(Phase::articlesPerCpuSecond).average().orElseThrow();
    }
  }

  /**
   * @param phases the first process alone, all the processes together, the last process alone (its partners gone)
   * @param rounds the interleaved rounds on the warm processes, in order
   */
  public record Report(List<Phase> phases, List<Round> rounds, KillPhase kill) {
    /** The median scale-out of the stable rounds (NaN without any): the figure a drifting machine least moves. */
    public double medianRoundSpeedUp() {
      double[] sorted = stableRounds().stream().mapToDouble(Round::speedUp).sorted().toArray();
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int middle = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public List<Round> stableRounds() {
      return rounds.stream().filter(Round::stable).toList();
    }

    /** The processes together as a multiple of the mean of the first and the last process alone: the same JVMs. */
    public double speedUp() {
      return together().rate() / ((firstAlone().rate() + lastAlone().rate()) / 2);
    }

    /**
     * Articles per CPU second together as a share of the mean alone: 1 when sharing the partitions costs nothing, so
     * that the processes scale with the cores they get (here they share two with the broker).
     */
    public double cpuEfficiency() {
      return together().articlesPerCpuSecond()
          / ((firstAlone().articlesPerCpuSecond() + lastAlone().articlesPerCpuSecond()) / 2);
    }

    public Phase firstAlone() {
      return phases.get(0);
    }

    public Phase together() {
      return phases.get(1);
    }

    public Phase lastAlone() {
      return phases.get(2);
    }
  }

  private final MediamonConfig base;
  private final String classPath;
  private final Path work;
  private final Options options;
  private final PrintWriter progress;

  /**
   * @param base configuration with the bootstrap servers of the broker every process uses
   * @param classPath the launcher's class path (the app jar and its runtime dependencies) for every process
   */
  public ScaleOutRun(MediamonConfig base, String classPath, Path work, Options options, PrintWriter progress) {
    this.base = base;
    this.classPath = classPath;
    this.work = work;
    this.options = options;
    this.progress = progress;
  }

  public Report run(BenchCorpus corpus) throws Exception {
    List<Round> rounds = new ArrayList<>();
    List<Phase> phases = measureOnMatchedJvms(corpus, rounds);
    KillPhase kill = options.kill() ? killOne(corpus) : null;
    return new Report(phases, List.copyOf(rounds), kill);
  }

  /**
   * The first process warms up and is measured alone; the others join it (a consumer group rebalance), all warm up
   * together (the newcomers compile, the first keeps its code) and are measured together; then all but the last leave
   * the group (a clean close) and the last, which now holds every partition, is measured alone. Each measurement sends
   * the measured articles under ids of their own, spread over the partitions the same way. The interleaved rounds run
   * between the measurement together and the others' leaving, while every process is warm.
   */
  private List<Phase> measureOnMatchedJvms(BenchCorpus corpus, List<Round> rounds) throws Exception {
    int instances = options.instances();
    return inPhase(1, corpus, context -> {
      List<Phase> phases = new ArrayList<>();
      phases.add(measure(context, "extractor-1 alone", 1, corpus, 1));
      for (int i = 2; i <= instances; i++) {
        context.add(start(context.prefix(), i, context.settings()));
      }
      awaitReady(context.processes());
      warmUp(context, instances, corpus, options.warmupTime());
      phases.add(measure(context, instances + " processes", instances, corpus, 2));
      for (int r = 1; r <= options.rounds(); r++) {
        rounds.add(round(context, corpus, r));
      }
      for (ServiceProcess leaving : context.processes().subList(0, instances - 1)) {
        context.stop(leaving);
      }
      // The last process takes the partitions over (their tasks move, the duplicate index's too) and runs alone for a
      // sixth of the warm-up time, then until its passes stop speeding up: it is warm already.
      warmUp(context, 1, corpus, options.warmupTime().dividedBy(6));
      phases.add(measure(context, "extractor-" + instances + " alone", 1, corpus, 3));
      return phases;
    });
  }

  private Phase measure(PhaseContext context, String name, int instances, BenchCorpus corpus, int round)
      throws Exception {
    List<RawArticle> articles = withSuffix(corpus.articles(), "-m" + round);
    GroupAssignment held = describeGroup(context);
    Map<String, Integer> spread = spread(articles, held.holdings());
    progress.printf("scale: %s: raw partitions held %s; each process gets the same amount of text%n", name, held);
    return measure(context, name, instances, articles, spread, held.toString());
  }

  /**
   * One round: each process alone, its batch sent to the partitions it holds only, and all together, the order
   * rotated by the round's number so that no kind of measurement always comes first after the last.
   */
  private Round round(PhaseContext context, BenchCorpus corpus, int number) throws Exception {
    int instances = options.instances();
    GroupAssignment before = describeGroup(context);
    List<Set<Integer>> own = new ArrayList<>();
    for (int i = 1; i <= instances; i++) {
      Set<Integer> partitions = before.partitionsOf(clientId(i));
      if (partitions.isEmpty()) {
        throw new IllegalStateException(clientId(i) + " holds no raw partition (" + before
            + "): a rebalance in progress, or more processes than partitions");
      }
      own.add(partitions);
    }
    Phase[] alone = new Phase[instances];
    Phase together = null;
    for (int k = 0; k <= instances; k++) {
      int which = (k + number - 1) % (instances + 1);
      List<RawArticle> articles = withSuffix(corpus.articles(), "-r" + number + "-" + which);
      if (which == instances) {
        together = measure(context, "round " + number + ", together", instances, articles,
            spread(articles, before.holdings()), before.toString());
      } else {
        alone[which] = measure(context, "round " + number + ", " + clientId(which + 1) + " alone", 1, articles,
            spread(articles, EvenPartitions.within(options.partitions(), own.get(which))),
            clientId(which + 1) + "=" + own.get(which));
      }
    }
    GroupAssignment after = describeGroup(context);
    boolean stable = after.sameAs(before);
    Round round = new Round(number, List.of(alone), together, stable);
    progress.printf("scale: round %d: together %.2f x the mean alone, %.0f %% of their articles per CPU second%s%n",
        number, round.speedUp(), 100 * round.cpuEfficiency(),
        stable ? "" : "; the group rebalanced meanwhile (" + before + " then " + after + "): not counted");
    progress.flush();
    return round;
  }

  private static GroupAssignment describeGroup(PhaseContext context) throws InterruptedException {
    return GroupAssignment.describe(context.admin(), groupOf(context.config()), context.topics().raw().name());
  }

  /**
   * Sends the articles to their partitions and clocks them out, with the CPU time of the processes still running
   * (an idle partner's too: in a round it may run the duplicate stage's task for the one measured).
   */
  private Phase measure(PhaseContext context, String name, int instances, List<RawArticle> articles,
      Map<String, Integer> spread, String held) throws Exception {
    List<ServiceProcess> measured = context.running();
    double processCpuBefore = cpuSeconds(measured);
    double benchCpuBefore = BENCH_JVM.getProcessCpuTime() / 1e9;
    long start = System.nanoTime();
    EnrichedCollector.Result out = sendAndAwait(context, articles, spread, start);
    double processCpu = cpuSeconds(measured) - processCpuBefore;
    double benchCpu = BENCH_JVM.getProcessCpuTime() / 1e9 - benchCpuBefore;
    double seconds = (out.completedAtNanos() - start) / 1e9;
    Phase phase = new Phase(name, instances, articles.size(), out.enriched(), out.deadLettered(), out.duplicates(),
        seconds, processCpu, benchCpu, held, (out.firstOutAtNanos() - start) / 1e9);
    progress.printf("scale: %s: %d articles in %.1f s (the first out after %.1f s), %.1f articles/s; the processes "
        + "used %.2f cores, this JVM (broker, producer, collector) %.2f%n", name, phase.articles(), seconds,
        phase.firstOutSeconds(), phase.rate(), phase.processCores(), phase.benchCores());
    progress.flush();
    return phase;
  }

  private static double cpuSeconds(List<ServiceProcess> processes) {
    return processes.stream().mapToDouble(ServiceProcess::cpuSeconds).sum();
  }

  private static List<RawArticle> withSuffix(List<RawArticle> articles, String suffix) {
    return articles.stream().map(a -> RawArticle.newBuilder(a).setId(a.getId() + suffix).build()).toList();
  }

  /**
   * Two (or more) processes share the partitions; the first half of the articles is sent, and the first process is
   * killed with SIGKILL when half of its share of them is out, in the middle of its work; the second half is sent
   * right after the kill. The survivors must take the killed process's partitions over (the group coordinator, asked
   * once a second, shows when they hold them all; the second half's articles on those partitions can come out no
   * other way) and every article must come out exactly once, read committed. Killing on half of all articles out, as
   * this phase did before, showed no takeover when the victim had been faster than the others: it had finished its
   * share by then, and its kill handed nothing over.
   */
  private KillPhase killOne(BenchCorpus corpus) throws Exception {
    int instances = options.instances();
    return inPhase(instances, corpus, context -> {
      MediamonConfig config = context.config();
      MediamonTopics topics = context.topics();
      Admin admin = context.admin();
      ServiceProcess victim = context.processes().get(0);
      context.expectEnd(victim);
      String group = groupOf(config);
      String raw = topics.raw().name();
      Set<Integer> victimPartitions = GroupAssignment.describe(admin, group, raw).partitionsOf(clientId(1));
      List<RawArticle> articles = corpus.articles();
      Map<String, Integer> spread = spread(articles);
      List<RawArticle> before = articles.subList(0, articles.size() / 2);
      List<RawArticle> after = articles.subList(articles.size() / 2, articles.size());
      Set<String> victimShareBefore = before.stream().map(RawArticle::getId)
          .filter(id -> victimPartitions.contains(spread.get(id))).collect(Collectors.toSet());
      int victimShare = (int) spread.values().stream().filter(victimPartitions::contains).count();
      progress.printf("scale: kill: %s holds raw partitions %s (%d of %d articles); killed when half of its share of "
          + "the first %d is out, the other %d sent after the kill%n", victim.name(), victimPartitions, victimShare,
          articles.size(), before.size(), after.size());
      progress.flush();
      KillWatch watch = new KillWatch(victim, victimShareBefore, admin, group, raw,
          () -> publish(config, topics, after, spread));
      long start = System.nanoTime();
      publish(config, topics, before, spread);
      EnrichedCollector.Result out = context.collector().awaitAll(ids(articles), start + options.timeout().toNanos(),
          context.failure(), watch::onProgress);
      watch.awaitTakeover(System.nanoTime() + TAKEOVER_DEADLINE.toNanos());
      KillPhase phase = new KillPhase(instances, articles.size(), out.enriched() + out.deadLettered(),
          out.duplicates(), (watch.killedAt - start) / 1e9, (out.completedAtNanos() - start) / 1e9,
          victimPartitions.size(), victimShare, watch.victimOutAtKill,
          watch.takenOverAt == 0 ? Double.NaN : (watch.takenOverAt - watch.killedAt) / 1e9);
      progress.printf("scale: kill: %d of %d articles out once, %d twice, in %.1f s; partitions taken over %.1f s "
          + "after the kill%n", phase.accountedFor(), phase.articles(), phase.duplicates(), phase.seconds(),
          phase.takeoverSeconds());
      return phase;
    });
  }

  /**
   * Kills the victim once half its share of the articles sent is out and sends the rest, then watches the group until
   * the others hold all the partitions.
   */
  private final class KillWatch {
    private final ServiceProcess victim;
    private final Set<String> victimShare;
    private final Admin admin;
    private final String group;
    private final String topic;
    private final Runnable afterKill;
    private long killedAt;
    private int victimOutAtKill;
    private long takenOverAt;
    private long lastAsked;

    KillWatch(ServiceProcess victim, Set<String> victimShare, Admin admin, String group, String topic,
        Runnable afterKill) {
      this.victim = victim;
      this.victimShare = victimShare;
      this.admin = admin;
      this.group = group;
      this.topic = topic;
      this.afterKill = afterKill;
    }

    void onProgress(Set<String> accounted) {
      try {
        if (killedAt == 0) {
          int victimOut = (int) victimShare.stream().filter(accounted::contains).count();
          if (victimOut >= (victimShare.size() + 1) / 2) {
            killedAt = System.nanoTime();
            victimOutAtKill = victimOut;
            victim.kill();
            progress.printf("scale: killed %s (SIGKILL) with %d of its %d articles sent so far and %d of all out%n",
                victim.name(), victimOut, victimShare.size(), accounted.size());
            progress.flush();
            afterKill.run();
          }
        } else if (takenOverAt == 0 && System.nanoTime() - lastAsked > TAKEOVER_POLL.toNanos()) {
          lastAsked = System.nanoTime();
          GroupAssignment assignment = GroupAssignment.describe(admin, group, topic);
          if (assignment.takenOverFrom(clientId(1), options.partitions())) {
            takenOverAt = lastAsked;
            progress.printf("scale: the survivors hold all %d raw partitions, %.1f s after the kill: %s%n",
                options.partitions(), (takenOverAt - killedAt) / 1e9, assignment);
            progress.flush();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted in the kill phase", e);
      }
    }

    /** The articles may all be out before the coordinator is seen to have moved the partitions. */
    void awaitTakeover(long deadlineNanos) throws InterruptedException {
      while (killedAt != 0 && takenOverAt == 0 && System.nanoTime() < deadlineNanos) {
        onProgress(Set.of());
        TimeUnit.MILLISECONDS.sleep(TAKEOVER_POLL.toMillis()); // asking the coordinator: nothing to wait on
      }
    }
  }

  private interface PhaseBody<T> {
    T run(PhaseContext context) throws Exception;
  }

  /**
   * A phase's topics, processes and watch: a process that ends on its own fails the phase (through {@code failure}),
   * unless the phase stops or kills it on purpose.
   */
  private record PhaseContext(String prefix, Map<String, String> settings, MediamonConfig config,
      MediamonTopics topics, EnrichedCollector collector, List<ServiceProcess> processes,
      Set<ServiceProcess> expectedToEnd, CompletableFuture<Void> failure, Admin admin) {

    void add(ServiceProcess process) {
      processes.add(process);
    }

    void expectEnd(ServiceProcess process) {
      expectedToEnd.add(process);
    }

    /** Closes the process cleanly: it leaves the consumer group and the others take its partitions at once. */
    void stop(ServiceProcess process) throws InterruptedException {
      expectEnd(process);
      process.stop(STOP_TIMEOUT);
    }

    /** The processes the phase has not stopped or killed. */
    List<ServiceProcess> running() {
      return processes.stream().filter(p -> !expectedToEnd.contains(p)).toList();
    }

    void checkProcesses() {
      processes.stream().filter(p -> !expectedToEnd.contains(p) && !p.alive()).findFirst()
          .ifPresent(p -> failure.completeExceptionally(new IllegalStateException(p.name() + " ended with status "
              + p.exitStatus() + "; see " + p.log())));
    }
  }

  /**
   * Starts the phase's processes on topics of its own, sends the warm-up articles through them, runs the body, and
   * stops the processes and deletes the topics whatever happened.
   */
  private <T> T inPhase(int instances, BenchCorpus corpus, PhaseBody<T> body) throws Exception {
    String prefix = "mediamon-scale-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> settings = settings(prefix);
    MediamonConfig config = base.with(settings);
    MediamonTopics topics = MediamonTopics.from(config);
    List<ServiceProcess> processes = new CopyOnWriteArrayList<>();
    ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "scale-watcher");
      t.setDaemon(true);
      return t;
    });
    try (Admin admin = KafkaAccess.reachableAdmin(config)) {
      TopicCreator.ensureTopics(admin, topics);
      try (EnrichedCollector collector = new EnrichedCollector(config, topics)) {
        PhaseContext context = new PhaseContext(prefix, settings, config, topics, collector, processes,
            ConcurrentHashMap.newKeySet(), new CompletableFuture<>(), admin);
        for (int i = 1; i <= instances; i++) {
          context.add(start(prefix, i, settings));
        }
        awaitReady(processes);
        watcher.scheduleWithFixedDelay(context::checkProcesses, 1, 1, TimeUnit.SECONDS);
        warmUp(context, instances, corpus, options.warmupTime());
        return body.run(context);
      } finally {
        for (ServiceProcess process : processes) {
          process.stop(STOP_TIMEOUT);
        }
        BenchCleanup.deleteRun(admin, prefix, List.of(prefix + "-" + ExtractorTopology.SERVICE));
      }
    } finally {
      watcher.shutdownNow();
    }
  }

  private Map<String, String> settings(String prefix) {
    Map<String, String> settings = BenchCleanup.ownTopics(prefix, options.partitions());
    settings.put(Setting.STREAM_THREADS.key(), "1");
    return settings;
  }

  private ServiceProcess start(String prefix, int index, Map<String, String> settings) {
    List<String> args = new ArrayList<>(List.of("run", "--services", ExtractorTopology.SERVICE,
        "--bootstrap-servers", base.get(Setting.BOOTSTRAP_SERVERS)));
    Map<String, String> own = new LinkedHashMap<>(settings);
    own.put(Setting.STATE_DIR.key(), work.resolve(prefix + "-state-" + index).toString());
    // A client id per process, so that the group's members tell which process holds which partitions.
    own.put(MediamonConfig.KAFKA_PREFIX + CommonClientConfigs.CLIENT_ID_CONFIG, clientId(index));
    own.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    int cores = Runtime.getRuntime().availableProcessors();
    List<String> wrapper = options.pinned() ? List.of("taskset", "-c", Integer.toString((index - 1) % cores))
        : List.of();
    ServiceProcess process = new ServiceProcess("extractor-" + index, wrapper, classPath, "2g", args,
        work.resolve(prefix + "-extractor-" + index + ".log"), RUNNING);
    process.start();
    return process;
  }

  private static void awaitReady(List<ServiceProcess> processes) throws InterruptedException {
    long deadline = System.nanoTime() + START_DEADLINE.toNanos();
    for (ServiceProcess process : processes) {
      while (!process.ready()) {
        if (!process.alive()) {
          throw new IllegalStateException(process.name() + " ended before it ran, with status "
              + process.exitStatus() + "; see " + process.log());
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(process.name() + " did not start within " + START_DEADLINE + "; see "
              + process.log());
        }
        TimeUnit.MILLISECONDS.sleep(200); // polling a log file: there is nothing to wait on
      }
    }
  }

  /**
   * The warm-up articles and the measured ones through the phase's processes, pass after pass (ids of their own per
   * pass) until the warm-up time is over: each JVM compiles CoreNLP's, mediamon's and Kafka's code on them, as a
   * service that has been up for a while has. A few hundred articles are not enough: a fresh process then still spends
   * most of a core compiling while it is measured, and two fresh processes on two cores measure their compilers more
   * than their scale-out. Nor are other articles alone: warmed on 100 of them, a process pinned to one core still
   * deoptimized and recompiled the extractor's largest methods on the measured ones (JFR: C2 compiling through the
   * whole measured run, on the core the stream thread needs). The in-process run of {@code bench extract} is warmed
   * the same way, on all its articles. The price: the duplicate stage finds every measured article a copy of a warm-up
   * pass (three in four are copies of each other anyway; the stage is 2 to 3 % of the stream thread's CPU). After the
   * warm-up time, passes go on while a pass is still more than {@link #SETTLED_GAIN} faster than the one before (the
   * compiler still paying off), up to {@link #MAX_WARMUP_FACTOR} times the warm-up time.
   */
  private void warmUp(PhaseContext context, int instances, BenchCorpus corpus, Duration warmupTime)
      throws Exception {
    List<RawArticle> warmup = Stream.concat(corpus.warmup().stream(), corpus.articles().stream()).toList();
    long begin = System.nanoTime();
    double previousRate = 0;
    for (int pass = 1; ; pass++) {
      String suffix = "-warm" + pass;
      List<RawArticle> articles = withSuffix(warmup, suffix);
      List<ServiceProcess> running = context.running();
      double cpuBefore = cpuSeconds(running);
      long start = System.nanoTime();
      sendAndAwait(context, articles, start);
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = articles.size() / seconds;
      // CPU per article beside the rate: a pass slower than the one before with the same CPU per article waited for
      // the cores (the machine); one with more CPU per article did more work (something in the processes grew).
      double cpuMsPerArticle = (cpuSeconds(running) - cpuBefore) * 1000 / articles.size();
      progress.printf("scale: warm-up pass %d through %d process(es): %d articles in %.1f s, %.1f articles/s, "
          + "%.1f ms of the processes' CPU per article, %.2f cores (not counted)%n", pass, instances, articles.size(),
          seconds, rate, cpuMsPerArticle, cpuMsPerArticle * rate / 1000);
      progress.flush();
      long elapsed = System.nanoTime() - begin;
      boolean stillImproving = pass == 1 || rate > previousRate * (1 + SETTLED_GAIN);
      if (elapsed >= warmupTime.toNanos()
          && (!stillImproving || elapsed >= warmupTime.toNanos() * MAX_WARMUP_FACTOR)) {
        return;
      }
      previousRate = rate;
    }
  }

  private EnrichedCollector.Result sendAndAwait(PhaseContext context, List<RawArticle> articles, long start)
      throws Exception {
    return sendAndAwait(context, articles, spread(articles), start);
  }

  private EnrichedCollector.Result sendAndAwait(PhaseContext context, List<RawArticle> articles,
      Map<String, Integer> partitions, long start) throws Exception {
    publish(context.config(), context.topics(), articles, partitions);
    return context.collector().awaitAll(ids(articles), start + options.timeout().toNanos(), context.failure());
  }

  private static void publish(MediamonConfig config, MediamonTopics topics, List<RawArticle> articles,
      Map<String, Integer> partitions) {
    try (ArticlePublisher publisher = new ArticlePublisher(config, topics.raw())) {
      articles.forEach(article -> publisher.publish(article, partitions.get(article.getId())));
      publisher.flush();
    }
  }

  private static Set<String> ids(List<RawArticle> articles) {
    return articles.stream().map(RawArticle::getId).collect(Collectors.toSet());
  }

  /** The raw partition of each article (by id): the same for the same articles, so the kill phase knows whose are whose. */
  private Map<String, Integer> spread(List<RawArticle> articles) {
    return spread(articles, List.of());
  }

  /**
   * The raw partition of each article so that each process (each set of partitions held) gets the same amount of
   * text; all partitions as one set when the holdings do not cover them (none given, or a group in the middle of a
   * rebalance).
   */
  private Map<String, Integer> spread(List<RawArticle> articles, List<Set<Integer>> holdings) {
    int held = holdings.stream().mapToInt(Set::size).sum();
    return spread(articles, held == options.partitions() ? new EvenPartitions(options.partitions(), holdings)
        : new EvenPartitions(options.partitions()));
  }

  /** The raw partition of each article (by id), as {@code spread} places them one after the other. */
  private static Map<String, Integer> spread(List<RawArticle> articles, EvenPartitions spread) {
    Map<String, Integer> partitions = new LinkedHashMap<>();
    articles.forEach(article -> partitions.put(article.getId(), spread.partitionFor(article)));
    return partitions;
  }

  private static String groupOf(MediamonConfig config) {
    return config.get(Setting.APPLICATION_ID_PREFIX) + "-" + ExtractorTopology.SERVICE;
  }

  private static String clientId(int index) {
    return "extractor-" + index;
  }
}
