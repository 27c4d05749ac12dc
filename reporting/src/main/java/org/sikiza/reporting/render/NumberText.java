package org.sikiza.reporting.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sikiza.reporting.suppression.Count;

/** How numbers read on a page: thousands separated, shares as whole percentages, a dash for anything hidden. */
public final class NumberText {

  /** What a suppressed number shows as, in every human-readable format. */
  public static final String HIDDEN = "—";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private NumberText() {
  }

  public static String count(Count count) {
    return count.shown() ? String.format(Locale.ENGLISH, "%,d", count.get()) : HIDDEN;
  }

  public static String share(Double share) {
    if (share == null) {
      return HIDDEN;
    }
    double percent = share * 100;
    if (percent > 0 && percent < 1) {
      return "<1%";
    }
    return Math.round(percent) + "%";
  }

  /** +3, −2 (a real minus sign), 0, or the dash. */
  public static String change(Count change) {
    if (change.suppressed()) {
      return HIDDEN;
    }
    long value = change.get();
    return value > 0 ? "+" + String.format(Locale.ENGLISH, "%,d", value)
        : value < 0 ? "\u2212" + String.format(Locale.ENGLISH, "%,d", -value) : "0";
  }

  public static String day(LocalDate day) {
    return DAY.format(day);
  }
}
