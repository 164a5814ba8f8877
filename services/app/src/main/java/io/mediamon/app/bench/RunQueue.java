package io.mediamon.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How long this process's threads were ready to run but waited for a core, from Linux's per-thread scheduler
 * statistics ({@code /proc/self/task/TID/schedstat}: time on a CPU, time waiting in the run queue, slices, in
 * nanoseconds). On a shared machine most of it is the time other processes took from the bench, which
 * wall-clock figures cannot tell apart from the bench's own slowness; the rest is the process's own threads
 * (JIT compiler, broker) outnumbering the cores.
 */
final class RunQueue {
  private static final Path TASKS = Path.of("/proc/self/task");

  private RunQueue() {}

  /** Run-queue wait so far of each live thread, by thread id; empty where the platform has no such files. */
  static Map<String, Long> waitedNanosByTask() {
    Map<String, Long> waited = new HashMap<>();
    if (!Files.isDirectory(TASKS)) {
      return waited;
    }
    try (Stream<Path> tasks = Files.list(TASKS)) {
      for (Path task : tasks.toList()) {
        String[] fields;
        try {
          fields = Files.readString(task.resolve("schedstat")).trim().split("\\s+");
        } catch (NoSuchFileException e) {
          continue; // the thread ended between listing and reading: it no longer counts
        }
        if (fields.length < 2 || !fields[1].matches("\\d+")) {
          return Map.of(); // not the format this reads: the figure is reported as unknown
        }
        waited.put(task.getFileName().toString(), Long.parseLong(fields[1]));
      }
    } catch (IOException e) {
      return Map.of(); // a kernel without scheduler statistics: the figure is reported as unknown
    }
    return waited;
  }

  /** Seconds waited since {@code start} by the threads alive now; -1 where the platform does not tell. */
  static double secondsSince(Map<String, Long> start) {
    Map<String, Long> now = waitedNanosByTask();
    if (start.isEmpty() || now.isEmpty()) {
      return -1;
    }
    long total = 0;
    for (Map.Entry<String, Long> task : now.entrySet()) {
      total += Math.max(0, task.getValue() - start.getOrDefault(task.getKey(), 0L));
    }
    return total / 1e9;
  }
}
