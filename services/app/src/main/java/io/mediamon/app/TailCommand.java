package io.mediamon.app;

import io.mediamon.app.pipeline.KafkaAccess;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.json.AvroJson;
import io.mediamon.json.RecordJson;
import io.mediamon.topics.MediamonTopics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a topic's committed records as JSON lines, merged across partitions in record-time order: each value's JSON
 * as the README documents it (alerts, stories, ...), or with {@code --with-metadata} wrapped in {topic, partition,
 * offset, timestamp, key, headers, value}. Dead letters and records that cannot be decoded are always printed with
 * their metadata (and an {@code error} naming why for the latter). Once to the current end, or with {@code --follow}
 * until stopped.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Print a mediamon topic's records as JSON lines in record-time order: from the beginning (or "
        + "--since) to the current end, or with --follow new records until Ctrl-C.")
final class TailCommand implements Callable<Integer> {
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  @Mixin
  ConfigOptions options;

  @Parameters(paramLabel = "TOPIC", description = "A mediamon topic, e.g. mediamon.alerts.")
  String topic;

  @Option(names = "--max", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE, description = "At most N records.")
  long max;

  @Option(names = {"-f", "--follow"},
      description = "Keep reading and print new records as they are committed, until Ctrl-C (or --max).")
  boolean follow;

  @Option(names = "--from-beginning",
      description = "Start at the oldest record (the default without --follow; with --follow the default is new "
          + "records only).")
  boolean fromBeginning;

  @Option(names = "--since", paramLabel = "DURATION|INSTANT",
      description = "Start at the first record whose timestamp is at or after this: a duration back from now "
          + "(30s, 15m, 2h, 7d, or ISO PT15M) or an instant (2026-03-01T10:00:00Z).")
  String since;

  @Option(names = "--with-metadata",
      description = "Wrap each value in {topic, partition, offset, timestamp, key, headers, value}.")
  boolean withMetadata;

  @Spec
  CommandSpec spec;

  /** The wall clock --since counts back from; tests may fix it. */
  LongSupplier clock = System::currentTimeMillis;

  @Override
  public Integer call() {
    MediamonConfig config = options.load();
    if (!config.hasBootstrapServers()) {
      throw new UserError("tail needs --bootstrap-servers HOST:PORT (or bootstrap.servers)");
    }
    if (max < 0) {
      throw new UserError("--max must be at least 0");
    }
    if (since != null && fromBeginning) {
      throw new UserError("--since and --from-beginning exclude each other");
    }
    Long sinceMillis = since == null ? null : parseSince(since, clock.getAsLong());
    try {
      MediamonTopics.from(config).byName(topic);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    try (Admin ignored = KafkaAccess.reachableAdmin(config)) {
      // reachable: the consumer below would otherwise wait for metadata
    }
    RecordJson json = RecordJson.of(config);
    PrintWriter out = spec.commandLine().getOut();
    Consumer<ConsumerRecord<byte[], byte[]>> print = r ->
        out.println(AvroJson.write(withMetadata ? json.withMetadata(r) : json.plain(r)));
    try (KafkaConsumer<byte[], byte[]> consumer = TopicReader.consumer(config)) {
      List<TopicPartition> partitions;
      try {
        partitions = TopicReader.partitions(consumer, topic);
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
      consumer.assign(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      seekToStart(consumer, partitions, end, sinceMillis);
      if (follow) {
        follow(consumer, print, out);
      } else {
        readToEnd(consumer, partitions, end, print);
      }
    }
    out.flush();
    return 0;
  }

  private void seekToStart(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
      Map<TopicPartition, Long> end, Long sinceMillis) {
    if (sinceMillis != null) {
      Map<TopicPartition, Long> times = new HashMap<>();
      partitions.forEach(p -> times.put(p, sinceMillis));
      Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(times, Duration.ofSeconds(30));
      // no record at or after the time: nothing to print from that partition before new ones come
      partitions.forEach(p -> consumer.seek(p, found.get(p) == null ? end.get(p) : found.get(p).offset()));
    } else if (fromBeginning || !follow) {
      consumer.seekToBeginning(partitions);
    } else {
      partitions.forEach(p -> consumer.seek(p, end.get(p)));
    }
  }

  /** Everything up to the end offsets taken at start, sorted by timestamp (then partition and offset). */
  private void readToEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
      Map<TopicPartition, Long> end, Consumer<ConsumerRecord<byte[], byte[]>> print) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(200)).forEach(r -> {
        if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
          records.add(r);
        }
      });
    }
    records.sort(TIME_ORDER);
    records.stream().limit(max).forEach(print);
  }

  /**
   * New records until Ctrl-C (the shutdown hook wakes the consumer up and waits for the last line to be flushed),
   * an interrupt, or --max. Each poll's records are printed in timestamp order: a merge across partitions per poll.
   */
  private void follow(KafkaConsumer<byte[], byte[]> consumer, Consumer<ConsumerRecord<byte[], byte[]>> print,
      PrintWriter out) {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      consumer.wakeup();
      try {
        stopped.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "tail-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    long printed = 0;
    try {
      while (printed < max) {
        List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
        consumer.poll(Duration.ofMillis(500)).forEach(batch::add);
        batch.sort(TIME_ORDER);
        for (ConsumerRecord<byte[], byte[]> r : batch) {
          if (printed++ >= max) {
            break;
          }
          print.accept(r);
        }
        out.flush();
      }
    } catch (WakeupException | InterruptException e) {
      // Ctrl-C or an interrupt: a normal end of --follow
      Thread.interrupted();
    } finally {
      out.flush();
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook is running
      }
    }
  }

  private static final Comparator<ConsumerRecord<byte[], byte[]>> TIME_ORDER =
      Comparator.comparingLong(ConsumerRecord<byte[], byte[]>::timestamp)
          .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset);

  /** Epoch millis of a duration back from {@code now} (30s, 15m, 2h, 7d, PT15M) or of an ISO-8601 instant. */
  static long parseSince(String value, long now) {
    String v = value.trim();
    Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
    try {
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
        return now - d.toMillis();
      }
      if (v.toUpperCase(Locale.ROOT).startsWith("P")) {
        return now - Duration.parse(v.toUpperCase(Locale.ROOT)).toMillis();
      }
      return Instant.parse(v).toEpochMilli();
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new UserError("--since " + value + ": expected a duration (30s, 15m, 2h, 7d, PT15M) or an instant "
          + "(2026-03-01T10:00:00Z)");
    }
  }
}
