package io.mediamon.ingest;

import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drop directory: article files put into it are published once and then moved into {@code .done/} (or into
 * {@code .failed/} with a {@code .reason} file beside them when nothing in them could be read). Moving, rather than
 * remembering, is what keeps a restart or a new container from publishing the same files again. A file is picked
 * up only once it has not changed for a moment, so a file still being copied in is not read half-written.
 */
public final class DropDirectory implements AutoCloseable {
  static final String DONE = ".done";
  static final String FAILED = ".failed";
  private static final Logger LOG = LoggerFactory.getLogger(DropDirectory.class);
  private static final Duration SETTLE = Duration.ofSeconds(1);

  private final Path dir;
  private final ArticleFileReader reader;
  private final ArticlePublisher publisher;
  private final Clock clock;
  private BackgroundLoop loop;

  public DropDirectory(Path dir, ArticleFileReader reader, ArticlePublisher publisher, Clock clock) {
    this.dir = dir;
    this.reader = reader;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** Publishes every settled file now in the directory; returns how many articles were published. */
  public int scanOnce() throws IOException {
    Files.createDirectories(dir.resolve(DONE));
    Files.createDirectories(dir.resolve(FAILED));
    int published = 0;
    for (Path file : settledFiles()) {
      List<RawArticle> articles = new ArrayList<>();
      List<IngestProblem> problems = new ArrayList<>();
      reader.read(file, articles, problems);
      problems.forEach(p -> LOG.warn("Not ingested: {}", p));
      if (articles.isEmpty()) {
        Path failed = move(file, FAILED);
        Files.writeString(failed.resolveSibling(failed.getFileName() + ".reason"),
            problems.isEmpty() ? "no article in the file\n" : problems.get(0).reason() + "\n");
        continue;
      }
      articles.forEach(publisher::publish);
      publisher.flush(); // throws, and leaves the file in place for the next scan, when Kafka did not acknowledge
      move(file, DONE);
      published += articles.size();
      LOG.info("Ingested {} article(s) from {}", articles.size(), file.getFileName());
    }
    return published;
  }

  /** Scans every {@code interval} in a thread of its own until closed; a failed scan is logged and retried. */
  public void start(Duration interval) {
    loop = new BackgroundLoop("mediamon-drop-directory", () -> {
      try {
        scanOnce();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot scan " + dir, e);
      }
    }, () -> interval).start();
  }

  private List<Path> settledFiles() throws IOException {
    long settledBefore = clock.millis() - SETTLE.toMillis();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(ArticleFileReader::isSupported)
          .filter(f -> {
            try {
              return Files.getLastModifiedTime(f).toMillis() <= settledBefore;
            } catch (IOException e) {
              return false; // gone or unreadable now: the next scan decides
            }
          })
          .sorted()
          .toList();
    }
  }

  private Path move(Path file, String into) throws IOException {
    Path target = dir.resolve(into).resolve(file.getFileName());
    return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    if (loop != null) {
      loop.close();
    }
  }
}
