package org.sikiza.gateway.users;

import java.util.Map;
import org.sikiza.reporting.ReportLanguage;
import org.sikiza.reporting.render.ReportText;

/** What the login template shows. {@code error} is a text key, or null. */
public record LoginPage(String lang, Map<String, String> t, String csrf, String next, String name, String error,
    String otherLanguage) {

  public static LoginPage of(ReportLanguage language, String csrf, String next, String name, String errorKey) {
    ReportLanguage other = language == ReportLanguage.EN ? ReportLanguage.SW : ReportLanguage.EN;
    String query = "?lang=" + other.tag() + (next == null ? "" : "&next="
        + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
    return new LoginPage(language.tag(), ReportText.of(language), csrf, next == null ? "" : next,
        name == null ? "" : name, errorKey == null ? null : ReportText.get(language, errorKey), "/login" + query);
  }
}
