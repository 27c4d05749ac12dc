package org.sikiza.gateway.users;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one name within {@link #WINDOW}, that name
 * is refused until the window has passed. Per gateway instance, in memory; bcrypt's cost does the rest.
 */
public final class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public boolean allowed(String name) {
    Deque<Long> recent = failures.get(key(name));
    if (recent == null) {
      return true;
    }
    synchronized (recent) {
      prune(recent);
      return recent.size() < MAX_FAILURES;
    }
  }

  public void failed(String name) {
    if (failures.size() > 50_000) {
      failures.clear();
    }
    Deque<Long> recent = failures.computeIfAbsent(key(name), k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      recent.addLast(System.nanoTime());
    }
  }

  public void succeeded(String name) {
    failures.remove(key(name));
  }

  private static void prune(Deque<Long> recent) {
    long cutoff = System.nanoTime() - WINDOW.toNanos();
    while (!recent.isEmpty() && recent.peekFirst() - cutoff < 0) {
      recent.removeFirst();
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
