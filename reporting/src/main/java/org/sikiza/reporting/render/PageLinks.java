package org.sikiza.reporting.render;

/**
 * The links and session details a report page shows, made by the HTTP layer that knows the request's URL.
 *
 * @param otherLanguage the same page in the other language
 * @param periodQuery   the query string (without {@code ?}) that keeps the period and language in links to other
 *                      reports
 * @param overview      the national overview, or null when the reader may not see it
 * @param signedInAs    the signed-in user's name, or null for a token-authenticated request
 * @param csrfToken     the session's CSRF token for the sign-out form, or null
 */
public record PageLinks(String otherLanguage, String periodQuery, String csv, String json, String pdf, String overview,
    String signedInAs, String csrfToken) {

  public static final PageLinks NONE = new PageLinks("?lang=sw", "lang=en", "?format=csv", "?format=json", "?format=pdf", null,
      null, null);
}
