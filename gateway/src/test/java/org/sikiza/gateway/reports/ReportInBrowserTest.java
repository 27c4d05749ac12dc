package org.sikiza.gateway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.reports.ReportTestData.Message;
import org.sikiza.gateway.testing.FreePort;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.users.UserDirectory;
import org.sikiza.reporting.catalogue.CountyDirectory;

/**
 * An official signs in with real headless Chromium, opens their county's report, sees the chart drawn, and reads
 * the same numbers the JSON API gives. Skipped only when no Chromium is installed (CI installs it).
 */
class ReportInBrowserTest {

  static GatewayRig rig;
  static ReportTestServer server;
  static HeadlessChromium browser;
  static String officialToken;
  static final Vertx vertx = Vertx.vertx();

  @BeforeAll
  static void start() throws Exception {
    String chromium = HeadlessChromium.executable().orElse(null);
    Assumptions.assumeTrue(chromium != null, "no chromium on this machine (apt-get install chromium)");
    int port = FreePort.find();
    rig = GatewayRig.start(Map.of("SIKIZA_CLASSIFIER_WORKERS", "0",
        "SIKIZA_HTTP_PORT", Integer.toString(port), "SIKIZA_PUBLIC_URL", "http://localhost:" + port));
    ZoneId zone = rig.config().timeZone();
    LocalDate today = LocalDate.now(zone);
    List<Message> messages = new ArrayList<>();
    messages.addAll(ReportTestData.many(1234, "kisumu", today, "sms", "swa", "SDG3", "b3"));
    messages.addAll(ReportTestData.many(57, "kisumu", today, "sms", "eng", "SDG6", "b6"));
    messages.addAll(ReportTestData.many(9, "kisumu", today, "callin", "swa", "SDG16", "b16"));
    messages.addAll(ReportTestData.many(4, "kisumu", today, "voice", "swa", "SDG10", "b10"));
    messages.addAll(ReportTestData.many(8, "kisumu", today, "sms", "swa", "SDG1", "b1"));
    ReportTestData.store(rig.pool(), zone, messages);
    officialToken = new UserDirectory(vertx, rig.pool(), CountyDirectory.loadDefault())
        .add(new UserDirectory.Request("Otieno Official", Role.OFFICIAL, "kisumu", "kisumu report password"))
        .await().token().value();
    server = new ReportTestServer(rig.services());
    browser = new HeadlessChromium(chromium);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (rig != null) {
      rig.close();
    }
    vertx.close().await();
  }

  @Test
  void anOfficialSignsInSeesTheChartAndTheNumbersOfTheApi() {
    String base = "http://localhost:" + server.port();
    browser.navigate(base + "/reports/counties/kisumu");
    browser.awaitPage("/login", Duration.ofSeconds(20));
    browser.evaluate("document.getElementById('name').value = 'Otieno Official';"
        + "document.getElementById('password').value = 'kisumu report password';"
        + "document.getElementById('sign-in').click(); true");
    browser.awaitPage("/reports/counties/kisumu", Duration.ofSeconds(20));

    // The chart is drawn: one bar per published non-zero theme, with a width on screen.
    long bars = ((Number) browser.evaluate("document.querySelectorAll('#theme-chart rect').length")).longValue();
    Number width = (Number) browser.evaluate(
        "document.querySelector('#theme-chart g[data-theme=\"SDG3\"] rect').getBoundingClientRect().width");
    assertTrue(width.doubleValue() > 50, "the largest bar is drawn wide");

    JsonObject api = new JsonObject(server.get("/reports/counties/kisumu?format=json",
        Map.of("Authorization", "Bearer " + officialToken)).text());
    JsonArray page = new JsonArray(browser.evaluateString("JSON.stringify([...document.querySelectorAll("
        + "'#themes tbody tr')].map(r => ({code: r.dataset.theme, text: r.querySelector('td.count').textContent.trim(),"
        + " suppressed: r.dataset.suppressed === 'true'})))"));
    assertEquals(api.getJsonArray("themes").size(), page.size());
    long published = 0;
    for (int i = 0; i < page.size(); i++) {
      JsonObject shown = page.getJsonObject(i);
      JsonObject expected = api.getJsonArray("themes").getJsonObject(i);
      assertEquals(expected.getString("code"), shown.getString("code"));
      assertEquals(expected.getBoolean("suppressed"), shown.getBoolean("suppressed"), shown.encode());
      if (expected.getBoolean("suppressed")) {
        assertEquals("—", shown.getString("text"));
      } else {
        assertEquals(String.format(Locale.ENGLISH, "%,d", expected.getLong("count")), shown.getString("text"));
        published += expected.getLong("count") > 0 ? 1 : 0;
      }
    }
    assertEquals(published, bars);
    assertTrue(api.getJsonArray("themes").getJsonObject(9).getBoolean("suppressed"), "SDG10 (4) is hidden");
    assertEquals("1,312", browser.evaluateString(
        "document.querySelector('[data-figure=\"feedback_messages\"] .value').textContent.trim()"));
    assertEquals(1312, api.getInteger("total"));

    // The page runs no script and may fetch nothing (CSP); the browser's session opens the JSON link itself.
    browser.navigate(base + "/reports/counties/kisumu?format=json");
    browser.awaitPage("/reports/counties/kisumu", Duration.ofSeconds(20));
    HeadlessChromium.awaitTrue(() -> browser.evaluateString("document.body.innerText").startsWith("{"),
        Duration.ofSeconds(10), () -> "no JSON shown");
    JsonObject fromBrowser = new JsonObject(browser.evaluateString("document.body.innerText"));
    assertEquals(api.getJsonArray("themes"), fromBrowser.getJsonArray("themes"));
    browser.navigate(base + "/reports/counties/nairobi?format=json");
    browser.awaitPage("/reports/counties/nairobi", Duration.ofSeconds(20));
    HeadlessChromium.awaitTrue(() -> browser.evaluateString("document.body.innerText").contains("forbidden"),
        Duration.ofSeconds(10), () -> "another county was not refused");
  }
}
