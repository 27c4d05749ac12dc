package org.sikiza.gateway.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something asynchronous (a replay, a worker) to become true, failing after a deadline. */
public final class Eventually {

  private Eventually() {
  }

  public static void within(Duration timeout, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for: " + what);
      }
    }
    throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
  }
}
