package io.mediamon.app.bench.latency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediamon.app.bench.chaos.ChaosArticles;
import io.mediamon.app.pipeline.PipelineDrain;
import io.mediamon.app.pipeline.TopicReader;
import io.mediamon.config.MediamonConfig;
import io.mediamon.schema.AlertKind;
import io.mediamon.topics.MediamonTopics;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Ingest-to-alert latency at a steady rate: articles of new stories are pushed over HTTP one by one at the rate, and
 * each NEW alert's age is taken when it becomes visible to a read-committed consumer of the alerts topic, and each
 * story membership's (every article gets one; not every new story is announced at once, see
 * alerts.related-new-min-articles) on the membership topic. An alert
 * keeps the time of the raw record it comes from (Kafka Streams forwards input timestamps), which the push
 * endpoint's producer stamps when it accepts the article, so the age covers every stage: analysis, the duplicate
 * stage, story assignment and aggregation, the alert, and each stage's exactly-once commit.
 */
public final class LatencyBench {
  /** One rate's figures, in milliseconds: to the NEW alert, and to the story membership (every article has one). */
  public record Result(double rate, int pushed, int refused, Percentiles alerts, Percentiles memberships) {}

  /** Latencies of one kind of output. */
  public record Percentiles(int count, long p50, long p90, long p99, long max) {
    static Percentiles of(ConcurrentLinkedQueue<Long> ages) {
      List<Long> sorted = new ArrayList<>(ages);
      Collections.sort(sorted);
      return new Percentiles(sorted.size(), percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
          sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
    }
  }

  private final MediamonConfig config;
  private final URI pushUri;
  private final String token;
  private final PrintWriter progress;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private int nextArticle;

  public LatencyBench(MediamonConfig config, URI pushUri, String token, PrintWriter progress) {
    this.config = config;
    this.pushUri = pushUri;
    this.token = token;
    this.progress = progress;
  }

  public Result measure(Admin admin, double rate, Duration length, CompletableFuture<?> failure, long seed)
      throws Exception {
    int count = (int) Math.max(1, Math.round(rate * length.toSeconds()));
    // One report per story: every article starts a story of its own.
    List<ObjectNode> articles = ChaosArticles.generate(nextArticle + count, 1, seed, Instant.now())
        .subList(nextArticle, nextArticle + count);
    nextArticle += count;
    MediamonTopics topics = MediamonTopics.from(config);
    ConcurrentLinkedQueue<Long> ages = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> membershipAges = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch positioned = new CountDownLatch(1);
    CompletableFuture<Void> outputsRead = CompletableFuture.runAsync(
        () -> readOutputs(topics, ages, membershipAges, stop, positioned));
    positioned.await(60, TimeUnit.SECONDS);
    AtomicInteger pushed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ScheduledExecutorService pushing = Executors.newSingleThreadScheduledExecutor();
    long periodNanos = (long) (1_000_000_000L / rate);
    CompletableFuture<Void> done = new CompletableFuture<>();
    pushing.scheduleAtFixedRate(() -> {
      int i = pushed.getAndIncrement();
      if (i >= articles.size()) {
        done.complete(null);
        return;
      }
      push(articles.get(i), refused);
    }, 0, periodNanos, TimeUnit.NANOSECONDS);
    done.get(length.toSeconds() * 3 + 60, TimeUnit.SECONDS);
    pushing.shutdown();
    PipelineDrain.await(admin, config, Duration.ofMinutes(15), failure);
    // The drain sees committed offsets; the reader needs a moment to fetch what they made visible.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (membershipAges.size() < count - refused.get() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(100); // bounded wait for the reader to catch up with what is already committed
    }
    stop.set(true);
    outputsRead.get(30, TimeUnit.SECONDS);
    Result result = new Result(rate, count, refused.get(), Percentiles.of(ages), Percentiles.of(membershipAges));
    progress.printf("latency: %.0f articles/s: %d pushed, %d NEW alerts (p50 %d ms, p99 %d ms), %d memberships "
        + "(p50 %d ms, p99 %d ms)%n", rate, count, result.alerts().count(), result.alerts().p50(),
        result.alerts().p99(), result.memberships().count(), result.memberships().p50(), result.memberships().p99());
    return result;
  }

  private void push(ObjectNode article, AtomicInteger refused) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(pushUri).timeout(Duration.ofSeconds(30))
          .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(article.toString()))
          .build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 202) {
        refused.incrementAndGet();
        progress.println("latency: push refused: " + response.statusCode() + " " + response.body());
      }
    } catch (Exception e) {
      refused.incrementAndGet();
      progress.println("latency: push failed: " + e);
    }
  }

  private void readOutputs(MediamonTopics topics, ConcurrentLinkedQueue<Long> alertAges,
      ConcurrentLinkedQueue<Long> membershipAges, AtomicBoolean stop, CountDownLatch positioned) {
    try (KafkaConsumer<byte[], byte[]> consumer = TopicReader.consumer(config)) {
      // At the end before the first article is pushed: only this phase's outputs are timed.
      TopicReader.assignAtEnd(consumer, List.of(topics.alerts().name(), topics.storyArticles().name()));
      positioned.countDown();
      while (!stop.get()) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(20))) {
          long age = System.currentTimeMillis() - record.timestamp();
          if (record.topic().equals(topics.storyArticles().name())) {
            membershipAges.add(age);
          } else if (topics.alerts().valueSerde().deserializer().deserialize(record.topic(), record.value())
              .getKind() == AlertKind.NEW) {
            alertAges.add(age);
          }
        }
      }
    }
  }

  private static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
