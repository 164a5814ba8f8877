package io.mediamon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestTest {
  @TempDir
  Path dir;

  @Test
  void aFifoOrAMissingPathIsAProblemThatSaysWhichItIs() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    List<IngestProblem> problems = new ArrayList<>();
    assertTrue(FileIngest.filesUnder(fifo, problems).isEmpty());
    assertTrue(FileIngest.filesUnder(dir.resolve("missing.txt"), problems).isEmpty());
    assertEquals(2, problems.size());
    assertTrue(problems.get(0).reason().startsWith("not a regular file"), problems.toString());
    assertEquals("no such file or directory", problems.get(1).reason());
  }

  @Test
  void inAWalkedDirectoryFifosAndDirectoriesWithArticleNamesAreSaidAndTheFilesAreRead() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Headline\n\nBody.");
    assertEquals(0, new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start().waitFor());
    Files.createDirectories(corpus.resolve("x.json"));
    Files.writeString(corpus.resolve("x.json").resolve("b.txt"), "Headline B\n\nBody B.");
    Files.createSymbolicLink(corpus.resolve("broken.txt"), dir.resolve("nowhere.txt"));
    List<IngestProblem> problems = new ArrayList<>();
    List<Path> files = FileIngest.filesUnder(corpus, problems);
    assertEquals(List.of(corpus.resolve("a.txt"), corpus.resolve("x.json").resolve("b.txt")), files);
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.toString().contains("pipe.txt: not a regular file"), problems.toString());
    assertTrue(problems.toString().contains("broken.txt: not a regular file"), problems.toString());
    assertTrue(problems.toString().contains("x.json: a directory with an article file's name"), problems.toString());
  }
}
