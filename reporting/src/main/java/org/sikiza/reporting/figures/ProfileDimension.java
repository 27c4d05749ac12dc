package org.sikiza.reporting.figures;

/**
 * Who sent feedback and how, as a county report breaks it down. {@code channel} comes from the message rollups;
 * the others from {@code profile_rollups} (language from the classifier, the rest recorded by radio hosts).
 * An empty value means not recorded.
 */
public enum ProfileDimension {
  CHANNEL("channel"),
  LANGUAGE("language"),
  GENDER("gender"),
  AGE_BAND("age_band"),
  DISABILITY("disability");

  public static final String NOT_RECORDED = "";

  private final String key;

  ProfileDimension(String key) {
    this.key = key;
  }

  /** The name used in JSON, CSV and the database. */
  public String key() {
    return key;
  }
}
