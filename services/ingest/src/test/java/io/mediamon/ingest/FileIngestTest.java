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
}
