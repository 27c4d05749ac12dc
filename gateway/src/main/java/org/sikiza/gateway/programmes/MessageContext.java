package org.sikiza.gateway.programmes;

/**
 * What a person declared about a message before it is stored: a caller's keypad county, a host's notes on a
 * call-in, the programme or episode it answers. Null fields were not declared.
 *
 * @param countySource {@code caller} or {@code host}; set exactly when {@code county} is
 * @param declaredBy   the user who logged it (call-ins, typed transcripts), or null for callers
 */
public record MessageContext(
    String providerSid,
    String county,
    String countySource,
    String gender,
    String ageBand,
    String disability,
    String language,
    Long programmeId,
    Long episodeId,
    String declaredBy) {

  public static final String BY_CALLER = "caller";
  public static final String BY_HOST = "host";
}
