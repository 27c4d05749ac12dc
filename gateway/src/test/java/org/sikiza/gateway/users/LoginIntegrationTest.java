package org.sikiza.gateway.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.reports.ReportTestServer;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.reporting.catalogue.CountyDirectory;

/** Browser sign-in over HTTP: CSRF on both forms, cookie flags, where a login leads, sign-out, throttling. */
class LoginIntegrationTest {

  static GatewayRig rig;
  static ReportTestServer server;
  static final Vertx vertx = Vertx.vertx();
  static String tokenOnlyUserToken;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start(Map.of("SIKIZA_CLASSIFIER_WORKERS", "0"));
    UserDirectory users = new UserDirectory(vertx, rig.pool(), CountyDirectory.loadDefault());
    users.add(new UserDirectory.Request("Akinyi", Role.OFFICIAL, "kisumu", "correct horse battery")).await();
    users.add(new UserDirectory.Request("Guessed", Role.OFFICIAL, "kisumu", "another long password")).await();
    tokenOnlyUserToken = users.add(new UserDirectory.Request("Coder Token", Role.CODER, null, null)).await()
        .token().value();
    server = new ReportTestServer(rig.services());
  }

  @AfterAll
  static void stop() {
    server.close();
    rig.close();
    vertx.close().await();
  }

  /** Opens the login form: the CSRF cookie and the same value in the hidden field. */
  static String[] openForm() {
    ReportTestServer.Answer form = server.get("/login?next=%2Freports%2Fcounties%2Fkisumu", Map.of());
    assertEquals(200, form.status());
    String cookie = form.cookies().stream().filter(c -> c.startsWith(SessionCookies.LOGIN_CSRF + "=")).findFirst()
        .orElseThrow();
    String flags = cookie.toLowerCase(java.util.Locale.ROOT);
    assertTrue(flags.contains("httponly") && flags.contains("samesite=strict") && flags.contains("secure"), cookie);
    String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    Matcher hidden = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.text());
    assertTrue(hidden.find());
    assertEquals(value, hidden.group(1));
    return new String[] {value, hidden.group(1)};
  }

  static ReportTestServer.Answer login(String[] csrf, String name, String password, String next) {
    String form = "csrf=" + enc(csrf[1]) + "&name=" + enc(name) + "&password=" + enc(password) + "&next=" + enc(next);
    return server.postForm("/login", Map.of("Cookie", SessionCookies.LOGIN_CSRF + "=" + csrf[0]), form);
  }

  static String sessionCookie(ReportTestServer.Answer answer) {
    String cookie = answer.cookies().stream().filter(c -> c.startsWith(SessionCookies.SESSION + "=")).findFirst()
        .orElseThrow();
    String flags = cookie.toLowerCase(java.util.Locale.ROOT);
    assertTrue(flags.contains("httponly"), cookie);
    assertTrue(flags.contains("samesite=lax"), cookie);
    assertTrue(flags.contains("; secure"), "the public URL is https");
    return cookie.substring(0, cookie.indexOf(';'));
  }

  @Test
  void anOfficialSignsInReadsTheirCountyAndSignsOut() {
    ReportTestServer.Answer signedIn = login(openForm(), "akinyi", "correct horse battery", "/reports/counties/kisumu");
    assertEquals(303, signedIn.status(), signedIn.text());
    assertEquals("/reports/counties/kisumu", signedIn.header("Location"));
    String cookie = sessionCookie(signedIn);

    ReportTestServer.Answer report = server.get("/reports/counties/kisumu", Map.of("Cookie", cookie));
    assertEquals(200, report.status());
    assertTrue(report.text().contains("Akinyi"), "signed in as");
    Matcher logoutCsrf = Pattern.compile("action=\"/logout\">\\s*<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\"")
        .matcher(report.text());
    assertTrue(logoutCsrf.find());
    assertEquals(403, server.get("/reports/counties/nairobi?format=json", Map.of("Cookie", cookie)).status());

    assertEquals(403, server.postForm("/logout", Map.of("Cookie", cookie), "csrf=forged").status());
    assertEquals(200, server.get("/reports/counties/kisumu?format=json", Map.of("Cookie", cookie)).status());
    ReportTestServer.Answer out = server.postForm("/logout", Map.of("Cookie", cookie), "csrf=" + logoutCsrf.group(1));
    assertEquals(303, out.status());
    assertEquals("/login", out.header("Location"));
    assertEquals(303, server.get("/reports/counties/kisumu", Map.of("Cookie", cookie)).status(), "session ended");
    assertEquals(0, rig.count("SELECT count(*) FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = 'Akinyi')"));
  }

  @Test
  void aWrongPasswordOrAForeignFormSignsNobodyIn() {
    ReportTestServer.Answer wrong = login(openForm(), "Akinyi", "wrong password!", "");
    assertEquals(401, wrong.status());
    assertTrue(wrong.text().contains("id=\"login-error\""));
    assertFalse(wrong.cookies().stream().anyMatch(c -> c.startsWith(SessionCookies.SESSION)));
    ReportTestServer.Answer forged = server.postForm("/login", Map.of(),
        "csrf=abc&name=Akinyi&password=" + enc("correct horse battery"));
    assertEquals(403, forged.status());
    assertFalse(forged.cookies().stream().anyMatch(c -> c.startsWith(SessionCookies.SESSION + "=")));
    assertEquals(401, login(openForm(), "nobody-by-this-name", "whatever it is", "").status());
  }

  @Test
  void nextMustBeAReportOfThisGatewayNeverAnotherSite() {
    for (String next : List.of("https://evil.example/", "//evil.example/reports", "/login", "javascript:alert(1)")) {
      ReportTestServer.Answer answer = login(openForm(), "Akinyi", "correct horse battery", next);
      assertEquals("/reports/counties/kisumu", answer.header("Location"), next);
    }
  }

  @Test
  void aUserWithoutAPasswordSignsInWithTheirToken() {
    ReportTestServer.Answer answer = login(openForm(), "Coder Token", tokenOnlyUserToken, "");
    assertEquals(303, answer.status());
    assertEquals("/reports/overview", answer.header("Location"));
    assertEquals(401, login(openForm(), "Akinyi", tokenOnlyUserToken, "").status(), "another user's token");
  }

  @Test
  void repeatedFailuresLockTheNameForAWhile() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertEquals(401, login(openForm(), "Guessed", "guess number " + i, "").status());
    }
    assertEquals(429, login(openForm(), "Guessed", "another long password", "").status());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
