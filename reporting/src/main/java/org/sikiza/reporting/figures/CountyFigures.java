package org.sikiza.reporting.figures;

import java.util.List;
import java.util.Map;
import org.sikiza.reporting.quotes.QuoteCandidate;

/**
 * Everything a county report is made from, unsuppressed, as read from the database.
 *
 * @param participants         distinct participants with a message for the county in the period (OTHER included)
 * @param previousParticipants the same for the previous period
 * @param profiles             feedback messages by dimension and value ({@link ProfileDimension#NOT_RECORDED} = '')
 * @param quotes               quote candidates: raw text, not yet scrubbed or chosen
 */
public record CountyFigures(
    PeriodCounts current,
    PeriodCounts previous,
    long participants,
    long previousParticipants,
    Map<ProfileDimension, Map<String, Long>> profiles,
    List<QuoteCandidate> quotes) {

  public CountyFigures {
    profiles = Map.copyOf(profiles);
    quotes = List.copyOf(quotes);
  }
}
