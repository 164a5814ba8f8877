package io.mediamon.ingest;

import io.mediamon.config.MediamonConfig;
import io.mediamon.config.Setting;
import io.mediamon.schema.RawArticle;
import io.mediamon.topics.TopicDescriptor;
import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One-shot ingest of files and directories (recursively, in name order) into the raw topic. */
public final class FileIngest {
  private static final Logger LOG = LoggerFactory.getLogger(FileIngest.class);

  private final ArticleFileReader reader;
  private final ArticlePublisher publisher;

  public FileIngest(ArticleFileReader reader, ArticlePublisher publisher) {
    this.reader = reader;
    this.publisher = publisher;
  }

  public record Report(List<RawArticle> published, List<IngestProblem> problems) {}

  /** Ingests the paths once with a producer of its own, closed (and flushed) before returning. */
  public static Report ingestOnce(MediamonConfig config, TopicDescriptor<String, RawArticle> raw, List<Path> paths) {
    try (ArticlePublisher publisher = new ArticlePublisher(config, raw)) {
      return new FileIngest(ArticleFileReader.fromSettings(
          config.get(Setting.INGEST_SOURCE), Clock.systemUTC(), config), publisher)
          .ingest(paths);
    }
  }

  public Report ingest(List<Path> paths) {
    List<RawArticle> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : filesUnder(path, problems)) {
        List<RawArticle> read = new ArrayList<>();
        reader.read(file, read, problems);
        articles.addAll(publisher.publishable(file, read, problems));
      }
    }
    problems.forEach(p -> LOG.warn("Not ingested: {}", p));
    articles.forEach(publisher::publish);
    publisher.flush();
    LOG.info("Ingested {} article(s) from {}; {} problem(s)", articles.size(), paths, problems.size());
    return new Report(articles, problems);
  }

  /**
   * The supported files under a path, in name order; a path given explicitly is read whatever its name. A path that
   * is missing or cannot be listed is a problem, not an exception: the other paths go on.
   */
  public static List<Path> filesUnder(Path path, List<IngestProblem> problems) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      problems.add(new IngestProblem(path, 0, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
          ? "not a regular file (a FIFO, socket, device or broken link)" : "no such file or directory"));
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> files = new ArrayList<>();
      for (Path entry : walk.filter(p -> !p.equals(path)).sorted().toList()) {
        if (Files.isRegularFile(entry)) {
          if (ArticleFileReader.isSupported(entry)) {
            files.add(entry);
          }
        } else if (!Files.isDirectory(entry)) {
          // A FIFO (reading it would block), a socket, a device or a broken link: said, not skipped silently.
          problems.add(new IngestProblem(entry, 0, "not a regular file (a FIFO, socket, device or broken link)"));
        } else if (ArticleFileReader.isSupported(entry)) {
          problems.add(new IngestProblem(entry, 0, "a directory with an article file's name; its files are read"));
        }
      }
      return files;
    } catch (IOException | UncheckedIOException e) { // Files.walk throws the unchecked one while iterating
      problems.add(new IngestProblem(path, 0, "cannot list directory: " + e.getMessage()));
      return List.of();
    }
  }
}
