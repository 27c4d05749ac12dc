package org.sikiza.gateway.classify;

import java.time.LocalDate;
import java.util.Map;

/**
 * The classifier's decision for one stored message, ready to be written.
 *
 * @param labels  the themes it counts under, with the model's score for each
 * @param county  the county it speaks for, or null when unknown
 * @param source  where the county came from, or null when unknown
 * @param day     the deployment's local day it was received on
 */
public record ClassifiedMessage(
    ClaimedMessage message,
    Map<String, Double> labels,
    String language,
    String county,
    CountySource source,
    boolean review,
    String modelVersion,
    LocalDate day) {

  /** The county under which the message is counted: {@code unknown} when none could be worked out. */
  public String rollupCounty() {
    return county == null ? RollupCounts.UNKNOWN_COUNTY : county;
  }
}
