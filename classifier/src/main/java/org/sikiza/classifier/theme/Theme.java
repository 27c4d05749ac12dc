package org.sikiza.classifier.theme;

import java.util.List;

/**
 * One theme of the taxonomy: an SDG (or OTHER) with the names and colour used in reports.
 *
 * @param code stable label code, e.g. {@code SDG3} or {@code OTHER}; this is what the model predicts
 * @param nameEn short English name
 * @param nameSw short Swahili name
 * @param colour hex colour, e.g. {@code #4C9F38}
 * @param description plain-language description of what citizens say about the theme
 * @param subthemes optional sub-themes a deployment may add or rename (never null)
 */
public record Theme(
    String code, String nameEn, String nameSw, String colour, String description, List<String> subthemes) {

  public Theme {
    subthemes = subthemes == null ? List.of() : List.copyOf(subthemes);
  }
}
