package io.mediamon.app.bench;

import io.mediamon.config.Setting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a bench run created on a shared cluster: every topic named with the run's prefix (its own and any
 * internal ones) and its consumer groups. The figures are valid all the same when this fails, so a failure is
 * logged with the prefix, for removal by hand, not thrown.
 */
public final class BenchCleanup {
  private static final Logger LOG = LoggerFactory.getLogger(BenchCleanup.class);
  private static final long TIMEOUT_SECONDS = 30;

  private BenchCleanup() {}

  /**
   * The settings that give a bench run topics and an application id (so also consumer groups) of its own, all named
   * with the prefix that {@link #deleteRun} removes afterwards.
   */
  public static Map<String, String> ownTopics(String prefix, int partitions) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(Setting.APPLICATION_ID_PREFIX.key(), prefix);
    settings.put(Setting.TOPIC_RAW.key(), prefix + ".raw");
    settings.put(Setting.TOPIC_ENRICHED.key(), prefix + ".enriched");
    settings.put(Setting.TOPIC_EVENTS.key(), prefix + ".events");
    settings.put(Setting.TOPIC_ALERTS.key(), prefix + ".alerts");
    settings.put(Setting.TOPIC_DEAD_LETTER.key(), prefix + ".dead-letter");
    settings.put(Setting.TOPIC_STORIES.key(), prefix + ".stories");
    settings.put(Setting.TOPIC_STORY_ARTICLES.key(), prefix + ".story-articles");
    settings.put(Setting.TOPIC_WATCHLISTS.key(), prefix + ".watchlists");
    settings.put(Setting.TOPIC_PARTITIONS.key(), Integer.toString(partitions));
    return settings;
  }

  public static void deleteRun(Admin admin, String prefix, List<String> consumerGroups) {
    try {
      List<String> created = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
          .filter(name -> name.startsWith(prefix)).toList();
      admin.deleteTopics(created).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!consumerGroups.isEmpty()) {
        admin.deleteConsumerGroups(consumerGroups).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
      LOG.info("Deleted the bench's topics {} and consumer groups {}", created, consumerGroups);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("Interrupted while deleting the bench's topics (prefix {})", prefix);
    } catch (Exception e) {
      LOG.warn("Could not delete the bench's topics and consumer groups (prefix {}): {}", prefix, e.toString());
    }
  }
}
