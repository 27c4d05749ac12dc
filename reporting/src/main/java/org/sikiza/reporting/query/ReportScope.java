package org.sikiza.reporting.query;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.sikiza.reporting.ReportPeriod;

/**
 * One county report's query parameters, resolved: the programme slug already turned into its id.
 *
 * @param programmeId null unless the report is for one programme
 * @param episodeId   null unless the report is for one episode
 */
public record ReportScope(String county, ReportPeriod period, String channel, Long programmeId, Long episodeId,
    ZoneId zone) {

  public boolean needsMessages() {
    return programmeId != null || episodeId != null;
  }

  OffsetDateTime start() {
    return period.startIn(zone).toOffsetDateTime();
  }

  OffsetDateTime end() {
    return period.endIn(zone).toOffsetDateTime();
  }

  OffsetDateTime previousStart() {
    return period.previous().startIn(zone).toOffsetDateTime();
  }
}
