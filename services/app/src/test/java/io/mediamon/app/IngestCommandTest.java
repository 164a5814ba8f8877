package io.mediamon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  record Result(int exit, String err) {}

  /** Through {@link Main}, so that a UserError is reported as the real command line reports it. */
  static Result run(String... args) {
    StringWriter err = new StringWriter();
    String[] command = new String[args.length + 1];
    command[0] = "ingest";
    System.arraycopy(args, 0, command, 1, args.length);
    int exit = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), command);
    return new Result(exit, err.toString());
  }

  @Test
  void filesWithoutAClusterSaysHowToGiveOne() {
    Result r = run("files", "x.txt");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--bootstrap-servers"), r.err());
  }

  @Test
  void watchFollowsDirectoriesOnly(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Headline\n\nBody.");
    Result r = run("files", "--watch", "--bootstrap-servers", "127.0.0.1:1", file.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--watch follows directories; " + file + " is not one"), r.err());
  }

  @Test
  void filesNeedsAPath() {
    Result r = run("files");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("PATH"), r.err());
  }

  @Test
  void serveWithoutATokenIsRefused() {
    Result r = run("serve", "--token", " ", "--bootstrap-servers", "127.0.0.1:1");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("bearer token"), r.err());
  }

  @Test
  void serveTokenFileMustBeReadableAndNotEmpty(@TempDir Path dir)
      throws Exception {
    Result missing = run("serve", "--token-file", dir.resolve("none").toString());
    assertEquals(2, missing.exit(), missing.err());
    assertTrue(missing.err().contains("cannot read --token-file"), missing.err());
    Path empty = Files.writeString(dir.resolve("empty"), "\n");
    Result blank = run("serve", "--token-file", empty.toString());
    assertEquals(2, blank.exit(), blank.err());
    assertTrue(blank.err().contains("needs a bearer token"), blank.err());
    Result both = run("serve", "--token-file", empty.toString(), "--token", "t");
    assertEquals(2, both.exit(), both.err());
    assertTrue(both.err().contains("once"), both.err());
  }

  @Test
  void unknownProgressModeIsAUsageError() {
    Result r = run("files", "--progress", "fancy", "x.txt");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--progress must be"), r.err());
  }

  @Test
  void logProgressPrintsRateAndEtaEveryInterval() {
    StringWriter out = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    IngestCommand.Progress progress = new IngestCommand.Progress(new PrintWriter(out), IngestCommand.Progress.Mode.LOG,
        4, Duration.ofSeconds(10), now::get);
    now.set(Duration.ofSeconds(5).toNanos());
    progress.fileDone(3); // before the interval: no line
    assertEquals("", out.toString());
    now.set(Duration.ofSeconds(10).toNanos());
    progress.fileDone(1);
    assertEquals("ingest: 2/4 files (50%), 4 articles, 0.2 files/s, 0.4 articles/s, ETA 10s\n", out.toString());
    now.set(Duration.ofSeconds(20).toNanos());
    progress.fileDone(0);
    progress.fileDone(2);
    progress.finish();
    assertTrue(out.toString().endsWith("ingest: 4/4 files (100%), 6 articles, 0.2 files/s, 0.3 articles/s, done in 20s\n"),
        out.toString());
  }

  @Test
  void barRedrawsOneLine() {
    StringWriter out = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    IngestCommand.Progress progress = new IngestCommand.Progress(new PrintWriter(out), IngestCommand.Progress.Mode.BAR,
        2, Duration.ofSeconds(10), now::get);
    now.set(Duration.ofSeconds(1).toNanos());
    progress.fileDone(1);
    assertTrue(out.toString().startsWith("\r\033[2K[###############               ] 1/2 files (50%)"), out.toString());
    now.set(Duration.ofSeconds(2).toNanos());
    progress.fileDone(1);
    progress.finish();
    assertTrue(out.toString().endsWith("2/2 files (100%), 2 articles, 1.0 files/s, 1.0 articles/s, done in 2s\n"),
        out.toString());
  }
}
