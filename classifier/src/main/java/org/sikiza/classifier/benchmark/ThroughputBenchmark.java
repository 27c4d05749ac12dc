package org.sikiza.classifier.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Measures messages per second of a classification function: a warm-up so the JIT has compiled the
 * hot path, then timed rounds on one thread and on every core. A benchmark prints figures; it
 * asserts nothing.
 */
public final class ThroughputBenchmark {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /**
   * Result of one run.
   *
   * @param seconds wall-clock time
   * @param cpuSeconds CPU time the worker threads actually got; on a shared machine this is less
   *     than threads x seconds, and messages per CPU-second is the honest "per core" figure
   */
  public record Result(int threads, long messages, double seconds, double cpuSeconds) {
    public double messagesPerSecond() {
      return messages / seconds;
    }

    public double messagesPerSecondPerThread() {
      return messagesPerSecond() / threads;
    }

    public double messagesPerCpuSecond() {
      return messages / cpuSeconds;
    }
  }

  private ThroughputBenchmark() {
  }

  public static void warmUp(List<String> messages, Consumer<String> classify, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    int i = 0;
    while (System.nanoTime() < end) {
      classify.accept(messages.get(i++ % messages.size()));
    }
  }

  public static Result measure(List<String> messages, Consumer<String> classify, int threads, double seconds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      List<Future<long[]>> counts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 7919;
        counts.add(pool.submit(() -> {
          long cpuStart = CPU.getCurrentThreadCpuTime();
          long done = 0;
          int i = offset;
          while (System.nanoTime() < end) {
            for (int k = 0; k < 64; k++) {
              classify.accept(messages.get(Math.floorMod(i++, messages.size())));
            }
            done += 64;
          }
          return new long[] {done, CPU.getCurrentThreadCpuTime() - cpuStart};
        }));
      }
      long total = 0;
      long cpuNanos = 0;
      for (Future<long[]> count : counts) {
        total += count.get()[0];
        cpuNanos += count.get()[1];
      }
      return new Result(threads, total, (System.nanoTime() - start) / 1e9, cpuNanos / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Heap in use after a full collection, in bytes (approximate: System.gc() is a request). */
  public static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
