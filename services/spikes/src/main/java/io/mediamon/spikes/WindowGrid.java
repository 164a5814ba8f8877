package io.mediamon.spikes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Hopping windows of one length that start every {@code advance} (aligned to the epoch, as Kafka Streams' own
 * TimeWindows are): a time lies in length/advance windows. Tumbling windows are the case advance = length.
 */
record WindowGrid(long sizeMs, long advanceMs) {

  WindowGrid {
    if (advanceMs <= 0 || sizeMs % advanceMs != 0) {
      throw new IllegalArgumentException(
          "the advance (" + advanceMs + " ms) must divide the window (" + sizeMs + " ms)");
    }
  }

  static WindowGrid of(Duration size, Duration advance) {
    return new WindowGrid(size.toMillis(), advance.toMillis());
  }

  /** Starts of the windows [start, start + size) that contain {@code time}, earliest first. */
  List<Long> startsContaining(long time) {
    long last = Math.floorDiv(time, advanceMs) * advanceMs;
    List<Long> starts = new ArrayList<>((int) (sizeMs / advanceMs));
    for (long start = last - sizeMs + advanceMs; start <= last; start += advanceMs) {
      starts.add(start);
    }
    return starts;
  }

  /** The start of the window that ends where the window starting at {@code start} begins, {@code n} such steps back. */
  long before(long start, int n) {
    return start - n * sizeMs;
  }

  long end(long start) {
    return start + sizeMs;
  }
}
