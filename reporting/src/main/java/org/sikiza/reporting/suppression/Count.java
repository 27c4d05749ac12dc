package org.sikiza.reporting.suppression;

/**
 * A count as it is published: its value, or nothing when it is suppressed. Every renderer takes its numbers from
 * here, so a suppressed value cannot reach any format.
 */
public record Count(Long value, boolean suppressed) {

  private static final Count HIDDEN = new Count(null, true);

  public Count {
    if (suppressed && value != null) {
      throw new IllegalArgumentException("a suppressed count carries no value");
    }
    if (!suppressed && value == null) {
      throw new IllegalArgumentException("a published count needs a value");
    }
  }

  public static Count shown(long value) {
    return new Count(value, false);
  }

  public static Count hidden() {
    return HIDDEN;
  }

  public static Count of(long value, boolean hide) {
    return hide ? HIDDEN : shown(value);
  }

  public boolean shown() {
    return !suppressed;
  }

  /** The value; only call when {@link #shown()}. */
  public long get() {
    if (suppressed) {
      throw new IllegalStateException("a suppressed count has no value to read");
    }
    return value;
  }
}
