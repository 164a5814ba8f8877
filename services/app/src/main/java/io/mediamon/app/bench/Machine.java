package io.mediamon.app.bench;

import java.lang.management.ManagementFactory;

/** Facts about the machine a bench ran on, for reading its figures. */
final class Machine {
  private Machine() {}

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  static long maxHeapBytes() {
    return Runtime.getRuntime().maxMemory();
  }

  /** One-minute load average of the whole machine, or -1 where the platform has none. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
