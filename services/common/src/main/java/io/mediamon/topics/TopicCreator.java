package io.mediamon.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the mediamon topics that do not exist yet; existing topics are left as they are. */
public final class TopicCreator {
  private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);
  private static final Duration SERVED_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration SERVED_RETRY = Duration.ofMillis(100);

  private TopicCreator() {}

  public static void ensureTopics(Admin admin, MediamonTopics topics) {
    Set<String> existing;
    try {
      existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot create the mediamon topics: " + e.getMessage(), e);
    }
    create(admin, topics.all().stream()
        .filter(t -> !existing.contains(t.name()))
        .map(TopicCreator::newTopic)
        .toList());
  }

  /**
   * Creates each of these topics unless it exists, and returns once every partition of each is served. A topic that
   * exists already is left as it is, with the partitions it has.
   */
  public static void create(Admin admin, List<NewTopic> topics) {
    if (topics.isEmpty()) {
      return;
    }
    try {
      List<String> created = new ArrayList<>();
      for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(topics).values().entrySet()) {
        if (awaitCreation(result.getValue())) {
          created.add(result.getKey());
        }
      }
      awaitServed(admin, topics);
      if (!created.isEmpty()) {
        LOG.info("Created topics {}", created);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot create the mediamon topics: " + e.getMessage(), e);
    }
  }

  /**
   * True when this call created the topic, false when it exists already: the topic list read just before can miss a
   * topic another client is creating at the same moment (a second instance starting, or a topic created a moment ago
   * that the broker's metadata does not list yet), and that topic is as good as one this call created.
   */
  private static boolean awaitCreation(KafkaFuture<Void> creation)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      creation.get(30, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Waits until the leader of every partition of these topics answers for it. The broker announces a new topic's
   * leader in its metadata a moment before it has opened the partition; an idempotent producer that writes at once can
   * then have its first request refused (NOT_LEADER_OR_FOLLOWER) and its second accepted, after which every retry of
   * the first is out of sequence until delivery.timeout.ms drops its records (KAFKA-15591). A ListOffsets request is
   * answered by the partition itself, so once all have answered no producer can meet that gap.
   *
   * <p>The partitions are the ones each topic has, as the broker describes it: a topic that turned out to exist may
   * have other partitions than were asked for, and the admin client asks again without end for a partition that
   * does not exist. The admin client retries a leader's refusal itself, but gives up at once on a topic its metadata
   * does not list yet: that is asked again here until the deadline.
   */
  private static void awaitServed(Admin admin, List<NewTopic> topics)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + SERVED_TIMEOUT.toNanos();
    List<String> names = topics.stream().map(NewTopic::name).toList();
    Map<String, TopicDescription> described =
        untilDeadline(deadline, () -> admin.describeTopics(names).allTopicNames());
    Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
    for (TopicDescription topic : described.values()) {
      for (TopicPartitionInfo partition : topic.partitions()) {
        partitions.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest());
      }
    }
    untilDeadline(deadline, () -> admin.listOffsets(partitions).all());
  }

  /** The result of an admin call, asked again while it fails with a retriable error and the deadline is ahead. */
  private static <T> T untilDeadline(long deadlineNanos, Supplier<KafkaFuture<T>> call)
      throws InterruptedException, ExecutionException, TimeoutException {
    while (true) {
      try {
        return call.get().get(SERVED_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadlineNanos) {
          throw e;
        }
        Thread.sleep(SERVED_RETRY.toMillis());
      }
    }
  }

  private static NewTopic newTopic(TopicDescriptor<?, ?> topic) {
    TopicLayout layout = topic.layout();
    return new NewTopic(topic.name(), layout.partitions(), layout.replicationFactor())
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, layout.cleanupPolicy().configValue()));
  }
}
