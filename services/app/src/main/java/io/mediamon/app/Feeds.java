package io.mediamon.app;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.ingest.feed.FeedConfigException;
import io.mediamon.ingest.feed.FeedService;
import io.mediamon.topics.MediamonTopics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

/** Opens the feed service for the commands, turning a bad feed list into a one-line user error. */
final class Feeds {
  private Feeds() {}

  /** The feeds of {@code ingest.feeds.file}, or null when none is configured. */
  static FeedService fromSettings(MediamonConfig config, MediamonTopics topics) throws InterruptedException {
    String file = config.get(Setting.INGEST_FEEDS_FILE);
    if (file.isBlank()) {
      return null;
    }
    try {
      return FeedService.open(config, topics.raw(), Path.of(file));
    } catch (FeedConfigException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw new UserError("cannot read feeds file " + file + ": " + e.getMessage());
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the seen-articles topic: " + e.getCause().getMessage(), e);
    }
  }

  static FeedService fromUrls(MediamonConfig config, MediamonTopics topics, List<String> urls)
      throws InterruptedException {
    try {
      return FeedService.forUrls(config, topics.raw(), urls);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the seen-articles topic: " + e.getCause().getMessage(), e);
    }
  }
}
