package io.mediamon.app.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a run's CPU time went: the whole process, and Java threads grouped by what they do (analyzer or stream
 * threads, Kafka client I/O, the rest: the embedded broker and the bench itself). Process time not spent in any
 * Java thread is the JVM's own work, mostly garbage collection and JIT compilation. Threads that ended during the
 * run are not counted in their group (they are in the process total).
 */
final class CpuWatch {
  static final String ANALYZER_THREAD_PREFIX = "bench-analyzer-";
  static final String JVM_GROUP = "JVM (GC, JIT; not Java threads)";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final long processCpuStart;
  private final long gcMillisStart;
  private final long compileMillisStart;
  private final Map<Long, Long> threadCpuStart = new HashMap<>();
  private final Map<String, Long> runQueueStart;

  /**
   * Process CPU seconds, GC pause seconds, seconds the JIT compiler threads worked (a sign of too short a
   * warm-up), seconds the process's threads were ready to run but waited for a core (other processes, or more
   * busy threads than cores; -1 where the platform does not tell), and CPU seconds by thread group (largest first).
   */
  record Figures(double cpuSeconds, double gcSeconds, double jitSeconds, double runQueueSeconds,
      Map<String, Double> byThreadGroup) {}

  private CpuWatch() {
    // Read before the threads, so that the process total includes all they do from now on.
    processCpuStart = os.getProcessCpuTime();
    if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
    for (long id : threads.getAllThreadIds()) {
      threadCpuStart.put(id, Math.max(0, threads.getThreadCpuTime(id)));
    }
    gcMillisStart = gcMillis();
    compileMillisStart = compileMillis();
    runQueueStart = RunQueue.waitedNanosByTask();
  }

  static CpuWatch start() {
    return new CpuWatch();
  }

  Figures stop() {
    long gc = gcMillis() - gcMillisStart;
    long compile = compileMillis() - compileMillisStart;
    double runQueue = RunQueue.secondsSince(runQueueStart);
    Map<String, Long> byGroup = new TreeMap<>();
    long inThreads = 0;
    long[] ids = threads.getAllThreadIds();
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      long cpu = threads.getThreadCpuTime(ids[i]);
      if (cpu < 0 || infos[i] == null) {
        continue; // ended meanwhile
      }
      long used = cpu - threadCpuStart.getOrDefault(ids[i], 0L);
      inThreads += used;
      byGroup.merge(group(infos[i].getThreadName()), used, Long::sum);
    }
    // Read after the threads, so that the process total includes all they did.
    long processCpu = os.getProcessCpuTime() - processCpuStart;
    byGroup.put(JVM_GROUP, Math.max(0, processCpu - inThreads));
    Map<String, Double> sorted = new LinkedHashMap<>();
    byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue() / 1e9));
    return new Figures(processCpu / 1e9, gc / 1e3, compile / 1e3, runQueue, sorted);
  }

  static String group(String threadName) {
    // Producer I/O threads of Kafka Streams carry the stream thread's name too: test them first.
    if (threadName.startsWith("kafka-producer-network-thread")) {
      return "producer I/O";
    } else if (threadName.startsWith(ANALYZER_THREAD_PREFIX)) {
      return "analyzer threads";
    } else if (threadName.contains("StreamThread")) {
      return "stream threads";
    } else if (threadName.equals("main")) {
      return "bench (produce, collect)";
    }
    return "other Java threads (broker, clients)";
  }

  private static long compileMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
  }
}
