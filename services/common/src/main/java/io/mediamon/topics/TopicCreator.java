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
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
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
    try {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = topics.all().stream()
          .filter(t -> !existing.contains(t.name()))
          .map(TopicCreator::newTopic)
          .toList();
      if (missing.isEmpty()) {
        return;
      }
      List<String> created = new ArrayList<>();
      for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(missing).values().entrySet()) {
        if (awaitCreation(result.getValue())) {
          created.add(result.getKey());
        }
      }
      awaitServed(admin, missing);
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
   * Waits until the leader of every partition of these new topics answers for it. The broker announces a new topic's
   * leader in its metadata a moment before it has opened the partition; an idempotent producer that writes at once can
   * then have its first request refused (NOT_LEADER_OR_FOLLOWER) and its second accepted, after which every retry of
   * the first is out of sequence until delivery.timeout.ms drops its records (KAFKA-15591). A ListOffsets request is
   * answered by the partition itself, so once all have answered no producer can meet that gap. The admin client
   * retries a leader's refusal itself, but gives up at once on a topic its metadata does not list yet: that is asked
   * again here until the deadline.
   */
  private static void awaitServed(Admin admin, List<NewTopic> topics)
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
    for (NewTopic topic : topics) {
      for (int p = 0; p < topic.numPartitions(); p++) {
        partitions.put(new TopicPartition(topic.name(), p), OffsetSpec.latest());
      }
    }
    long deadline = System.nanoTime() + SERVED_TIMEOUT.toNanos();
    while (true) {
      try {
        admin.listOffsets(partitions).all().get(SERVED_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
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
