package org.sikiza.gateway.bench;

import java.util.Arrays;

/** Collects request latencies from one event loop and reports percentiles. Not thread-safe. */
final class LatencyRecorder {

  private long[] nanos;
  private int count;

  LatencyRecorder(int expected) {
    nanos = new long[Math.max(16, expected)];
  }

  void record(long latencyNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latencyNanos;
  }

  /** The p-th percentile in milliseconds (p in 0..100). */
  double percentileMillis(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.min(count - 1, Math.ceil(p / 100.0 * count) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }
}
