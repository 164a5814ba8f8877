package io.mediamon.app.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * Which partitions of one topic each member of a Kafka Streams application's consumer group holds, as the group
 * coordinator tells it (what `kafka-consumer-groups.sh --describe --members --verbose` prints). A member is named by
 * its client id, which Kafka Streams derives from the process's {@code client.id} ("extractor-1-StreamThread-1-consumer"),
 * so a bench that gives each process a client id of its own can tell whose partitions are whose.
 */
final class GroupAssignment {
  private static final long TIMEOUT_SECONDS = 10;

  private final Map<String, Set<Integer>> partitionsByMember;

  private GroupAssignment(Map<String, Set<Integer>> partitionsByMember) {
    this.partitionsByMember = partitionsByMember;
  }

  /** The group's members now and their partitions of {@code topic}; a group in the middle of a rebalance may show none. */
  static GroupAssignment describe(Admin admin, String groupId, String topic) throws InterruptedException {
    ConsumerGroupDescription group;
    try {
      group = admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId)
          .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot describe consumer group " + groupId + ": " + e.getMessage(), e);
    }
    Map<String, Set<Integer>> partitions = new HashMap<>();
    for (MemberDescription member : group.members()) {
      Set<Integer> own = new TreeSet<>();
      for (TopicPartition partition : member.assignment().topicPartitions()) {
        if (partition.topic().equals(topic)) {
          own.add(partition.partition());
        }
      }
      partitions.merge(member.clientId(), own, (a, b) -> {
        a.addAll(b);
        return a;
      });
    }
    return new GroupAssignment(partitions);
  }

  /** The partitions held by the members whose client ids start with {@code clientId} (one process's threads). */
  Set<Integer> partitionsOf(String clientId) {
    Set<Integer> own = new TreeSet<>();
    partitionsByMember.forEach((member, partitions) -> {
      if (member.startsWith(clientId + "-")) {
        own.addAll(partitions);
      }
    });
    return own;
  }

  /** Whether the group has no member of that process any more and the others hold all {@code partitions} of the topic. */
  boolean takenOverFrom(String clientId, int partitions) {
    if (partitionsByMember.keySet().stream().anyMatch(member -> member.startsWith(clientId + "-"))) {
      return false;
    }
    Set<Integer> held = new TreeSet<>();
    partitionsByMember.values().forEach(held::addAll);
    return held.size() == partitions;
  }

  /** Each member's partitions, for the members that hold some. */
  List<Set<Integer>> holdings() {
    return partitionsByMember.values().stream().filter(p -> !p.isEmpty()).toList();
  }

  /** Whether the same members hold the same partitions in both. */
  boolean sameAs(GroupAssignment other) {
    return partitionsByMember.equals(other.partitionsByMember);
  }

  @Override
  public String toString() {
    return partitionsByMember.toString();
  }
}
