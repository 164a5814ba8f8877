package io.mediamon.app.bench.chaos;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One mediamon JVM of the fault suite (a service's {@code run}, or the broker), started with the launcher's class
 * path: killed with SIGKILL as a crash would, and started again as a supervisor would. Its output is appended to one
 * log file across restarts; readiness is a line it prints once it works.
 */
public final class ServiceProcess {
  private final String name;
  private final List<String> command;
  private final Path log;
  private final String readyLine;
  private Process process;
  private long logOffsetAtStart;

  public ServiceProcess(String name, String classPath, String maxHeap, List<String> arguments, Path log, String readyLine) {
    this(name, List.of(), classPath, maxHeap, arguments, log, readyLine);
  }

  /** @param wrapper a command the JVM is started under, e.g. {@code taskset -c 1} to keep it on one core */
  public ServiceProcess(String name, List<String> wrapper, String classPath, String maxHeap, List<String> arguments,
      Path log, String readyLine) {
    this.name = name;
    this.command = new ArrayList<>(wrapper);
    this.command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + maxHeap, "-cp", classPath, "io.mediamon.app.Main"));
    this.command.addAll(arguments);
    this.log = log;
    this.readyLine = readyLine;
  }

  public String name() {
    return name;
  }

  public Path log() {
    return log;
  }

  public void start() {
    try {
      logOffsetAtStart = Files.exists(log) ? Files.size(log) : 0;
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
    }
  }

  /** Whether the ready line has appeared since the last start; false once the process has ended. */
  public boolean ready() {
    try {
      return logSinceStart(Integer.MAX_VALUE).contains(readyLine);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The last {@code count} lines the process wrote since its last start: why it ended, kept in the report when the
   * log's directory is not (a test's temporary directory).
   */
  public List<String> lastLines(int count) {
    try {
      List<String> lines = logSinceStart(64 * 1024).lines().toList();
      return lines.subList(Math.max(0, lines.size() - count), lines.size());
    } catch (IOException e) {
      return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
    }
  }

  /** What the process wrote to its log since its last start, at most the last {@code maxBytes} of it. */
  private String logSinceStart(int maxBytes) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long from = Math.max(logOffsetAtStart, file.length() - maxBytes);
      if (file.length() <= from) {
        return "";
      }
      file.seek(from);
      byte[] bytes = new byte[(int) (file.length() - from)];
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  public boolean alive() {
    return process != null && process.isAlive();
  }

  /**
   * CPU seconds the running process has used so far, all its threads (0 when not running, NaN where the platform does
   * not tell).
   */
  public double cpuSeconds() {
    if (process == null || !process.isAlive()) {
      return 0;
    }
    return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  /** The exit status of a process that has ended, or null while it runs. */
  public Integer exitStatus() {
    return process == null || process.isAlive() ? null : process.exitValue();
  }

  /** SIGKILL: no shutdown hook, no clean close, no last commit. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, then SIGKILL if it has not ended within the timeout. */
  public void stop(Duration timeout) throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
