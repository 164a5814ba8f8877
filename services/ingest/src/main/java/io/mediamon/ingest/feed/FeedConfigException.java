package io.mediamon.ingest.feed;

import java.util.List;

/** A feed configuration file that cannot be used; {@link #problems()} name the feed and the field of each problem. */
public final class FeedConfigException extends Exception {
  private final List<String> problems;

  public FeedConfigException(String file, List<String> problems) {
    super(file + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
