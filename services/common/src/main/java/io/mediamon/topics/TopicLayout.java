package io.mediamon.topics;

/** How a topic is created: partitions, replication and cleanup policy. */
public record TopicLayout(int partitions, short replicationFactor, CleanupPolicy cleanupPolicy) {

  public enum CleanupPolicy {
    DELETE, COMPACT;

    public String configValue() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
