package io.mediamon.topics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the mediamon topics that do not exist yet; existing topics are left as they are. */
public final class TopicCreator {
  private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);

  private TopicCreator() {}

  public static void ensureTopics(Admin admin, MediamonTopics topics) {
    try {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = topics.all().stream()
          .filter(t -> !existing.contains(t.name()))
          .map(TopicCreator::newTopic)
          .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        LOG.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot create the mediamon topics: " + e.getMessage(), e);
    }
  }

  private static NewTopic newTopic(TopicDescriptor<?, ?> topic) {
    TopicLayout layout = topic.layout();
    return new NewTopic(topic.name(), layout.partitions(), layout.replicationFactor())
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, layout.cleanupPolicy().configValue()));
  }
}
