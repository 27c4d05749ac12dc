package org.sikiza.reporting.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sikiza.reporting.figures.ProfileDimension;

/** The order a breakdown lists its values in: the usual order of known values, others by name, not recorded last. */
final class BreakdownOrder {

  private static final Map<ProfileDimension, List<String>> KNOWN = Map.of(
      ProfileDimension.CHANNEL, List.of("sms", "voice", "callin"),
      ProfileDimension.LANGUAGE, List.of("swa", "eng", "sheng", "mixed", "und"),
      ProfileDimension.GENDER, List.of("female", "male", "other"),
      ProfileDimension.AGE_BAND, List.of("under-18", "18-24", "25-34", "35-49", "50-64", "65+"),
      ProfileDimension.DISABILITY, List.of("yes", "no"));

  private BreakdownOrder() {
  }

  static Comparator<String> of(ProfileDimension dimension) {
    List<String> known = KNOWN.getOrDefault(dimension, List.of());
    return Comparator.<String>comparingInt(value -> value.isEmpty() ? 2 : known.contains(value) ? 0 : 1)
        .thenComparingInt(value -> known.indexOf(value))
        .thenComparing(Comparator.naturalOrder());
  }
}
