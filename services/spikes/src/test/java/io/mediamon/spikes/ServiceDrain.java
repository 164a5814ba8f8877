package io.mediamon.spikes;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/**
 * Waits until a stream service has committed its input topics up to their last stable offsets, twice in a row (as
 * the app's PipelineDrain does for the other services): what was produced before has then gone all the way through.
 * Committed offsets are read before the end offsets, so a commit in between shows as lag rather than slipping by.
 */
final class ServiceDrain {
  private ServiceDrain() {}

  static void await(Admin admin, String group, List<String> topics, Duration timeout) {
    int[] quiet = {0};
    Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
      quiet[0] = lag(admin, group, topics) == 0 ? quiet[0] + 1 : 0;
      return quiet[0] >= 2;
    });
  }

  private static long lag(Admin admin, String group, List<String> topics) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().forEach(t ->
        t.partitions().forEach(p -> latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
    long lag = 0;
    for (var end : admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
        .get(30, TimeUnit.SECONDS).entrySet()) {
      OffsetAndMetadata c = committed.get(end.getKey());
      lag += Math.max(0, end.getValue().offset() - (c == null ? 0 : c.offset()));
    }
    return lag;
  }
}
