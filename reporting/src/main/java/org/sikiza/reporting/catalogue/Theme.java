package org.sikiza.reporting.catalogue;

import org.sikiza.reporting.ReportLanguage;

/** One SDG theme (or OTHER) as a report shows it: its code, names in English and Swahili, and chart colour. */
public record Theme(String code, String nameEn, String nameSw, String colour) {

  public String name(ReportLanguage language) {
    return language == ReportLanguage.SW && nameSw != null && !nameSw.isBlank() ? nameSw : nameEn;
  }

  /** The SDG number, for ordering SDG2 before SDG10; OTHER sorts last. */
  public int number() {
    return code.startsWith("SDG") ? Integer.parseInt(code.substring(3)) : Integer.MAX_VALUE;
  }
}
