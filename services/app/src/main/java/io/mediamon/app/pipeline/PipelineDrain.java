package io.mediamon.app.pipeline;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.correlator.CorrelatorTopology;
import io.mediamon.extractor.ExtractorTopology;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until every record has gone all the way through: each stream service has committed its input topic up
 * to the last stable offset. With exactly-once a commit and its output become visible together, so once every
 * stage has no lag twice in a row, the alerts topic holds everything the input caused.
 */
public final class PipelineDrain {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineDrain.class);
  private static final Duration POLL = Duration.ofMillis(250);

  private PipelineDrain() {}

  public static void await(Admin admin, MediamonConfig config, Duration timeout, CompletableFuture<?> failure)
      throws InterruptedException, TimeoutException {
    await(admin, config, java.util.Set.of(ExtractorTopology.SERVICE, CorrelatorTopology.SERVICE, "alerter"), timeout,
        failure);
  }

  /** The same for some stream services only (e.g. correlator and alerter fed enriched articles directly). */
  public static void await(Admin admin, MediamonConfig config, java.util.Set<String> services, Duration timeout,
      CompletableFuture<?> failure) throws InterruptedException, TimeoutException {
    String prefix = config.get(Setting.APPLICATION_ID_PREFIX) + "-";
    // Each stage's consumer group and everything it reads, internal topics included: an article committed on the
    // raw topic may still wait in the extractor's duplicate stage.
    Map<String, List<String>> inputByGroup = new LinkedHashMap<>();
    inputByGroup.put(prefix + ExtractorTopology.SERVICE,
        List.of(config.get(Setting.TOPIC_RAW), ExtractorTopology.duplicateStageTopic(config)));
    List<String> correlatorInput = new java.util.ArrayList<>(List.of(config.get(Setting.TOPIC_ENRICHED)));
    correlatorInput.addAll(CorrelatorTopology.internalTopics(config)); // the assignment and aggregation stages
    inputByGroup.put(prefix + CorrelatorTopology.SERVICE, correlatorInput);
    inputByGroup.put(prefix + "alerter", List.of(config.get(Setting.TOPIC_STORIES)));
    inputByGroup.keySet().removeIf(group -> !services.contains(group.substring(prefix.length())));
    long deadline = System.nanoTime() + timeout.toNanos();
    int quietRounds = 0;
    Map<String, Long> lag = Map.of();
    while (quietRounds < 2) {
      if (failure.isCompletedExceptionally()) {
        failure.join(); // throws the service's failure
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("pipeline did not drain within " + timeout + "; lag by stage: " + lag);
      }
      lag = lagByGroup(admin, inputByGroup);
      quietRounds = lag.values().stream().allMatch(l -> l == 0) ? quietRounds + 1 : 0;
      LOG.debug("Lag by stage: {}", lag);
      Thread.sleep(POLL.toMillis()); // polling an external system's state; there is nothing to wait on
    }
  }

  /**
   * Every group's committed offsets are read before any end offset. Read the other way round, a record could slip
   * through: a stage commits its input and writes its output in one transaction; if that happens after the end
   * offsets were read and before the committed ones, the stage shows no lag and neither does the next one, whose
   * input's end was read too early; with several stages this can repeat for as many polls (seen: a demo on a loaded
   * machine that printed no alert). Committed first, an input still unprocessed at that moment counts as lag in its
   * stage, and an output written before the end offsets are read counts in the next.
   */
  private static Map<String, Long> lagByGroup(Admin admin, Map<String, List<String>> inputByGroup) {
    try {
      Map<String, Map<TopicPartition, OffsetAndMetadata>> committedByGroup = new LinkedHashMap<>();
      for (String group : inputByGroup.keySet()) {
        committedByGroup.put(group, admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
            .get(30, TimeUnit.SECONDS));
      }
      List<String> allTopics = inputByGroup.values().stream().flatMap(List::stream).toList();
      Map<String, TopicDescription> topics = admin.describeTopics(allTopics).allTopicNames()
          .get(30, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      topics.values().forEach(t -> t.partitions().forEach(p ->
          latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
      Map<TopicPartition, Long> ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all().get(30, TimeUnit.SECONDS).entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
      Map<String, Long> lag = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> group : inputByGroup.entrySet()) {
        Map<TopicPartition, OffsetAndMetadata> committed = committedByGroup.get(group.getKey());
        long total = ends.entrySet().stream()
            .filter(e -> group.getValue().contains(e.getKey().topic()))
            .mapToLong(e -> {
              OffsetAndMetadata c = committed.get(e.getKey());
              return Math.max(0, e.getValue() - (c == null ? 0 : c.offset()));
            }).sum();
        lag.put(group.getKey(), total);
      }
      return lag;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading consumer lag", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read consumer lag: " + e.getMessage(), e);
    }
  }

}
