package io.mediamon.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where an annotated data set lies under the directory a user gave with {@code --eval-dir}. The same commands measure
 * the development sets in {@code ../shared/eval} and sets kept elsewhere for checking (ECB+'s held-out topics, another
 * PolNeAR part), which come in the same layout under another name ({@code ecbplus-test}). So the directory may be the
 * set itself, hold it under its usual name, or hold exactly one directory of that layout.
 *
 * @param usualName the set's directory in {@code ../shared/eval} ({@code ecbplus-dev})
 * @param entries the files or directories that make a directory one of these sets ({@code articles.jsonl},
 *     {@code gold.tsv})
 */
public record AnnotatedSet(String usualName, List<String> entries) {
  public AnnotatedSet {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a data set needs at least one entry to be recognised by");
    }
    entries = List.copyOf(entries);
  }

  /**
   * The set in {@code dir}: {@code dir} itself when it holds every entry, else {@code dir/usualName}, else the one
   * directory in {@code dir} that holds them.
   *
   * @throws IOException naming what is missing, or the candidates when {@code dir} holds several sets
   */
  public Path locate(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no directory at " + dir);
    }
    if (holds(dir)) {
      return dir;
    }
    Path usual = dir.resolve(usualName);
    if (holds(usual)) {
      return usual;
    }
    List<Path> sets;
    try (Stream<Path> children = Files.list(dir)) {
      sets = children.filter(Files::isDirectory).filter(this::holds).sorted().toList();
    }
    if (sets.size() == 1) {
      return sets.get(0);
    }
    if (sets.isEmpty()) {
      throw new IOException("no " + String.join(" and ", entries) + " in " + dir + ", in " + usual
          + " or in any other directory of " + dir);
    }
    throw new IOException(dir + " holds " + sets.size() + " such data sets ("
        + String.join(", ", sets.stream().map(p -> p.getFileName().toString()).toList())
        + "): give the one to measure, e.g. --eval-dir " + sets.get(0));
  }

  private boolean holds(Path dir) {
    return entries.stream().allMatch(e -> Files.exists(dir.resolve(e)));
  }
}
