package io.mediamon.evaluation.stories;

import io.mediamon.alerter.AlerterTopology;
import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.correlator.CorrelatorTopology;
import io.mediamon.schema.Alert;
import io.mediamon.schema.EnrichedArticle;
import io.mediamon.schema.Story;
import io.mediamon.schema.StoryMembership;
import io.mediamon.stories.meaning.SentenceEmbedder;
import io.mediamon.streams.StreamsSettings;
import io.mediamon.topics.MediamonTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * Replays enriched articles, in a given order, through the correlator's and the alerter's real topologies (built by
 * the same {@code build(config)} the services run, stores in RocksDB under a temporary directory) and collects what
 * came out: each article's story, the story records and the alerts. No broker: TopologyTestDriver pipes the records
 * through the same processors, one at a time, as one stream thread would.
 */
public final class StoryReplay {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoryReplay.class);
  /** Articles arrive this far apart in record time (they have no dates of their own). */
  static final Duration SPACING = Duration.ofSeconds(10);

  private StoryReplay() {}

  /**
   * @param storyOfArticle each article's story, from the story-articles topic
   * @param everInStory every (article, story) of the story-articles topic, also those an article left (a split, a
   *     merge)
   * @param memberships each article's membership record (how its story was decided, and the score)
   * @param stories each story's last version
   * @param alerts every alert, in the order they were emitted
   */
  public record Result(Map<String, String> storyOfArticle, List<Map.Entry<String, String>> everInStory,
      Map<String, StoryMembership> memberships, Map<String, Story> stories, List<Alert> alerts) {}

  /** @param embedder gives the articles' meaning vectors (one that remembers them serves every order of a run) */
  public static Result run(MediamonConfig baseConfig, List<EnrichedArticle> articles, Instant start,
      SentenceEmbedder embedder) {
    Path stateDir = tempDir();
    try {
      MediamonConfig config = baseConfig.with(Setting.STATE_DIR, stateDir.toString());
      MediamonTopics topics = MediamonTopics.from(config);
      Map<String, String> storyOfArticle = new LinkedHashMap<>();
      Map<String, StoryMembership> memberships = new LinkedHashMap<>();
      List<Map.Entry<String, String>> everInStory = new ArrayList<>();
      Map<String, Story> stories = new LinkedHashMap<>();
      List<TestRecord<String, Story>> storyRecords;
      try (TopologyTestDriver correlator = new TopologyTestDriver(CorrelatorTopology.build(config, embedder),
          props(config, CorrelatorTopology.SERVICE))) {
        TestInputTopic<String, EnrichedArticle> in = correlator.createInputTopic(topics.enriched().name(),
            topics.enriched().keySerde().serializer(), topics.enriched().valueSerde().serializer());
        TestOutputTopic<String, StoryMembership> members = correlator.createOutputTopic(
            topics.storyArticles().name(), topics.storyArticles().keySerde().deserializer(),
            topics.storyArticles().valueSerde().deserializer());
        TestOutputTopic<String, Story> storiesOut = correlator.createOutputTopic(topics.stories().name(),
            topics.stories().keySerde().deserializer(), topics.stories().valueSerde().deserializer());
        Instant at = start;
        for (EnrichedArticle article : articles) {
          in.pipeInput(article.getId(), article, at);
          at = at.plus(SPACING);
        }
        for (KeyValue<String, StoryMembership> m : members.readKeyValuesToList()) {
          storyOfArticle.put(m.key, m.value.getStoryId());
          memberships.put(m.key, m.value);
          everInStory.add(Map.entry(m.key, m.value.getStoryId()));
        }
        storyRecords = storiesOut.readRecordsToList();
        // A story that merged into another ends in a tombstone: its last version before that is kept.
        storyRecords.stream().filter(r -> r.value() != null).forEach(r -> stories.put(r.key(), r.value()));
      }
      List<Alert> alerts;
      try (TopologyTestDriver alerter = new TopologyTestDriver(AlerterTopology.build(config),
          props(config, AlerterTopology.SERVICE))) {
        TestInputTopic<String, Story> in = alerter.createInputTopic(topics.stories().name(),
            topics.stories().keySerde().serializer(), topics.stories().valueSerde().serializer());
        TestOutputTopic<String, Alert> out = alerter.createOutputTopic(topics.alerts().name(),
            topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer());
        storyRecords.forEach(r -> in.pipeInput(r.key(), r.value(), r.getRecordTime()));
        alerts = out.readValuesToList();
      }
      return new Result(storyOfArticle, everInStory, memberships, stories, alerts);
    } finally {
      deleteQuietly(stateDir);
    }
  }

  private static Properties props(MediamonConfig config, String service) {
    Properties props = StreamsSettings.forService(config, service);
    props.put("bootstrap.servers", "replay:9092"); // never contacted
    return props;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("mediamon-story-replay");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary state directory", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless (the figures are collected); say where it is.
      LOG.warn("Could not remove the replay's state directory {}: {}", dir, e.getMessage());
    }
  }
}
