package io.mediamon.ingest;

import io.mediamon.schema.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * {@code .failed/} with a {@code .reason} file beside them when nothing in them could be read; a file with some
 * articles refused goes to {@code .done/} with a {@code .reason} file naming them). Links, directories, FIFOs and
 * files of other types are never read: they go to {@code .failed/} with the reason. Moving, rather than
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
    for (Path file : settledEntries()) {
      String notAFile = notAnArticleFile(file);
      if (notAFile != null) {
        fail(file, List.of(notAFile));
        continue;
      }
      List<RawArticle> read = new ArrayList<>();
      List<IngestProblem> problems = new ArrayList<>();
      reader.read(file, read, problems);
      List<RawArticle> articles = publisher.publishable(file, read, problems);
      if (articles.isEmpty()) {
        fail(file, problems.isEmpty() ? List.of("no article in the file")
            : problems.stream().map(IngestProblem::reason).toList());
        continue;
      }
      problems.forEach(p -> LOG.warn("Not ingested: {}", p));
      articles.forEach(publisher::publish);
      publisher.flush(); // throws, and leaves the file in place for the next scan, when Kafka did not acknowledge
      Path done = move(file, DONE);
      if (!problems.isEmpty()) {
        writeReason(done, problems.stream().map(IngestProblem::toString).toList());
      }
      published += articles.size();
      LOG.info("Ingested {} article(s) from {}", articles.size(), file.getFileName());
    }
    return published;
  }

  /**
   * Why an entry of the directory is not read, or null for a regular article file. Links are never followed: a link
   * to /etc/shadow dropped into the directory must not be published, and neither must a link out of it.
   */
  private static String notAnArticleFile(Path entry) {
    if (Files.isSymbolicLink(entry)) {
      return "a symbolic link: the drop directory does not follow links; copy or move the file itself in";
    }
    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
      return "a directory: drop files, not directories";
    }
    if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
      return "not a regular file (a FIFO, socket or device)";
    }
    if (!ArticleFileReader.isSupported(entry)) {
      return "unsupported file type (use .txt, .html, .json or .jsonl, optionally .gz)";
    }
    return null;
  }

  private void fail(Path entry, List<String> reasons) throws IOException {
    LOG.warn("Not ingested: {}: {}; moved to {}/", entry.getFileName(), String.join("; ", reasons), FAILED);
    writeReason(move(entry, FAILED), reasons);
  }

  private static void writeReason(Path moved, List<String> reasons) throws IOException {
    Files.write(moved.resolveSibling(moved.getFileName() + ".reason"), reasons);
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

  /** Entries (not hidden, so not .done/ and .failed/) unchanged for a moment, in name order. */
  private List<Path> settledEntries() throws IOException {
    long settledBefore = clock.millis() - SETTLE.toMillis();
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> {
            try {
              return Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toMillis() <= settledBefore;
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
    // NOFOLLOW_LINKS: a link is moved as the link, its target stays where it is
    return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public void close() {
    if (loop != null) {
      loop.close();
    }
  }
}
