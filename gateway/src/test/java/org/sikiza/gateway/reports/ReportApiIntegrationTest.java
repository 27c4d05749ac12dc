package org.sikiza.gateway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.classify.RollupAudit;
import org.sikiza.gateway.reports.ReportTestData.Message;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.users.UserDirectory;
import org.sikiza.reporting.catalogue.CountyDirectory;

/**
 * County reports and the overview over HTTP, against a real database: who may read what, every format, every bad
 * parameter, and the privacy rules (small cells, scrubbed quotes, opted-out participants) in each.
 */
class ReportApiIntegrationTest {

  static final String ADMIN = "admin-token-for-report-tests";
  static GatewayRig rig;
  static ReportTestServer server;
  static String kisumuOfficial;
  static String nairobiOfficial;
  static String coder;
  static String host;
  static LocalDate today;
  static final io.vertx.core.Vertx userVertx = io.vertx.core.Vertx.vertx();

  @BeforeAll
  static void start() {
    rig = GatewayRig.start(Map.of("SIKIZA_ADMIN_TOKEN", ADMIN, "SIKIZA_CLASSIFIER_WORKERS", "0"));
    ZoneId zone = rig.config().timeZone();
    ReportDatabaseSetup.useTimeZone(rig.pool(), zone).await();
    today = LocalDate.now(zone);
    List<Message> messages = new ArrayList<>();
    messages.addAll(ReportTestData.many(40, "kisumu", today, "sms", "swa", "SDG3", "k3"));
    messages.addAll(ReportTestData.many(25, "kisumu", today, "sms", "eng", "SDG6", "k6"));
    messages.addAll(ReportTestData.many(12, "kisumu", today, "voice", "swa", "SDG16", "k16"));
    messages.addAll(ReportTestData.many(3, "kisumu", today, "callin", "swa", "SDG10", "k10"));
    messages.addAll(ReportTestData.many(2, "kisumu", today, "sms", "swa", "SDG5", "k5"));
    messages.addAll(ReportTestData.many(6, "kisumu", today, "sms", "swa", "OTHER", "kother"));
    messages.addAll(ReportTestData.many(10, "kisumu", today.minusDays(40), "sms", "swa", "SDG3", "old3"));
    messages.addAll(ReportTestData.many(3, "kisumu", today.minusDays(40), "sms", "swa", "SDG6", "old6"));
    messages.addAll(ReportTestData.many(30, "nairobi", today, "sms", "eng", "SDG8", "n8"));
    messages.add(new Message("kisumu", today, "sms", "p-opted-out", "eng", List.of("SDG3"), 0.99,
        "OPTEDOUTSECRET the clinic at Kondele turned my mother away at night"));
    messages.add(new Message("kisumu", today, "sms", "p-named", "eng", List.of("SDG3"), 0.98,
        "My name is Wanjiku Kamau, call 0712345678 or wanjiku@example.com, the clinic in Kondele has no drugs"));
    ReportTestData.store(rig.pool(), zone, messages);
    rig.query("INSERT INTO contacts (participant_id, opted_out, opted_out_at) VALUES ('p-opted-out', true, now())");

    UserDirectory users = new UserDirectory(userVertx, rig.pool(), CountyDirectory.loadDefault());
    kisumuOfficial = users.add(new UserDirectory.Request("Akinyi Official", Role.OFFICIAL, "kisumu",
        "correct horse battery")).await().token().value();
    nairobiOfficial = users.add(new UserDirectory.Request("nairobi-official", Role.OFFICIAL, "Nairobi", null))
        .await().token().value();
    coder = users.add(new UserDirectory.Request("coder", Role.CODER, null, null)).await().token().value();
    host = users.add(new UserDirectory.Request("host", Role.HOST, null, null)).await().token().value();
    server = new ReportTestServer(rig.services());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    rig.close();
    userVertx.close().await();
  }

  static ReportTestServer.Answer get(String uri, String token) {
    return server.get(uri, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
  }

  static JsonObject json(ReportTestServer.Answer answer) {
    assertTrue(answer.header("Content-Type") != null && answer.header("Content-Type").startsWith("application/json"),
        () -> answer.status() + " " + answer.headers() + " [" + answer.text() + "]");
    assertFalse(answer.text().isEmpty(), () -> "empty body: " + answer.status() + " " + answer.headers());
    return new JsonObject(answer.text());
  }

  static JsonObject theme(JsonObject report, String code) {
    for (Object theme : report.getJsonArray("themes")) {
      if (((JsonObject) theme).getString("code").equals(code)) {
        return (JsonObject) theme;
      }
    }
    throw new AssertionError(code);
  }

  @Test
  void theFixtureRollupsAreExactAndTheProfileTriggersAgreeWithARecount() {
    assertEquals(0L, RollupAudit.differences(rig.pool(), rig.config().timeZone()).await());
    long fromTriggers = rig.count("SELECT coalesce(sum(messages), 0) FROM profile_rollups WHERE county = 'kisumu'");
    long recount = rig.count("SELECT count(*) FROM messages WHERE county = 'kisumu' AND NOT is_other");
    assertEquals(recount, fromTriggers);
    assertEquals(6, rig.count("SELECT count(*) FROM messages WHERE is_other"));
  }

  @Test
  void withoutCredentialsDataFormatsGet401AndPagesGoToTheLoginPage() {
    ReportTestServer.Answer json = get("/reports/counties/kisumu?format=json", null);
    assertEquals(401, json.status());
    assertEquals(401, json(json).getInteger("error_code"));
    ReportTestServer.Answer page = get("/reports/counties/kisumu?from=2025-01-01", null);
    assertEquals(303, page.status());
    assertEquals("/login?next=%2Freports%2Fcounties%2Fkisumu%3Ffrom%3D2025-01-01", page.header("Location"));
    assertEquals(401, get("/reports/overview?format=csv", null).status());
    assertEquals(401, get("/reports/counties/kisumu?format=json", "skz_0000000000000000_" + "A".repeat(43)).status());
    assertEquals(401, get("/reports/counties/kisumu", "not-a-token").status(), "a wrong token is never redirected");
  }

  @Test
  void theCountyReportCountsFromRollupsHidesSmallCellsAndScrubsQuotes() {
    JsonObject report = json(get("/reports/counties/kisumu?format=json", ADMIN));
    assertEquals(84, report.getInteger("total"), "40 + 25 + 12 + 3 + 2 + 2 feedback; OTHER apart");
    assertEquals(6, report.getInteger("other"));
    assertEquals(42, theme(report, "SDG3").getInteger("count"));
    assertEquals(0.5, theme(report, "SDG3").getDouble("share"));
    assertEquals(25, theme(report, "SDG6").getInteger("count"));
    JsonObject inequality = theme(report, "SDG10");
    assertTrue(inequality.getBoolean("suppressed"));
    assertEquals(null, inequality.getValue("count"));
    assertEquals(null, inequality.getValue("share"));
    assertTrue(theme(report, "SDG5").getBoolean("suppressed"));
    assertEquals(12, theme(report, "SDG16").getInteger("count"), "hidden as a complement? no: 3 and 2 hide each other");
    // The previous period had SDG3 10 and SDG6 3: the 3 is hidden, the 10 with it, and so both changes.
    assertTrue(theme(report, "SDG6").getBoolean("previous_suppressed"));
    assertTrue(theme(report, "SDG3").getBoolean("previous_suppressed"));
    assertEquals(null, theme(report, "SDG3").getValue("change"));
    assertEquals(null, theme(report, "SDG6").getValue("change"));
    assertEquals(12, theme(report, "SDG16").getInteger("change"));
    assertEquals(13, report.getInteger("previous_total"));

    String all = report.encode();
    assertFalse(all.contains("OPTEDOUTSECRET"), "an opted-out participant is never quoted");
    assertFalse(all.contains("Wanjiku") || all.contains("Kamau") || all.contains("0712345678")
        || all.contains("wanjiku@example.com"));
    JsonArray quotes = theme(report, "SDG3").getJsonArray("quotes");
    assertEquals(3, quotes.size());
    assertEquals("My name is [name], call [number] or [email], the clinic in Kondele has no drugs",
        quotes.getString(0));
    assertEquals(0, inequality.getJsonArray("quotes").size());

    JsonObject channel = report.getJsonArray("breakdowns").getJsonObject(0);
    assertEquals("channel", channel.getString("dimension"));
    JsonObject gender = report.getJsonArray("breakdowns").getJsonObject(2);
    assertEquals("gender", gender.getString("dimension"));
    assertFalse(gender.getBoolean("recorded"));
    assertEquals("Not recorded", gender.getJsonArray("lines").getJsonObject(0).getString("label"));
  }

  @Test
  void officialsReadTheirOwnCountyOnlyAndHostsNoReports() {
    assertEquals(200, get("/reports/counties/kisumu?format=json", kisumuOfficial).status());
    ReportTestServer.Answer other = get("/reports/counties/nairobi?format=json", kisumuOfficial);
    assertEquals(403, other.status());
    assertEquals("forbidden", json(other).getString("error"));
    assertEquals(403, get("/reports/overview?format=json", kisumuOfficial).status());
    assertEquals(200, get("/reports/counties/nairobi?format=csv", nairobiOfficial).status());
    assertEquals(403, get("/reports/counties/kisumu?format=json", host).status());
    assertEquals(200, get("/reports/counties/kisumu?format=json", coder).status());
    assertEquals(200, get("/reports/overview?format=json", coder).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/reports/counties/kisumu?format=json&from=2025-13-01",
      "/reports/counties/kisumu?format=json&from=yesterday",
      "/reports/counties/kisumu?format=json&from=2025-03-10&to=2025-03-01",
      "/reports/counties/kisumu?format=json&from=2020-01-01&to=2025-01-01",
      "/reports/counties/atlantis?format=json",
      "/reports/counties/kisumu?format=xml",
      "/reports/counties/kisumu?format=json&lang=fr",
      "/reports/counties/kisumu?format=json&channel=fax",
      "/reports/counties/kisumu?format=json&episode=abc",
      "/reports/counties/kisumu?format=json&programme=Bad%20Slug",
      "/reports/counties/kisumu?format=json&programme=no-such-programme",
      "/reports/overview?format=json&programme=any-programme",
      "/reports/overview?format=pdf&to=not-a-date"})
  void badParametersGet400WithTheOneErrorShape(String uri) {
    ReportTestServer.Answer answer = get(uri, ADMIN);
    assertEquals(400, answer.status(), answer.text());
    JsonObject error = json(answer);
    assertEquals(400, error.getInteger("error_code"));
    assertEquals("bad_request", error.getString("error"));
    assertNotNull(error.getString("message"));
  }

  @Test
  void csvOpensInASpreadsheet() {
    ReportTestServer.Answer csv = get("/reports/counties/kisumu?format=csv", ADMIN);
    assertEquals(200, csv.status());
    assertEquals("text/csv; charset=utf-8", csv.header("Content-Type"));
    assertTrue(csv.header("Content-Disposition").startsWith("attachment; filename=\"sikiza-kisumu-"));
    byte[] bytes = csv.body().getBytes();
    assertEquals((byte) 0xEF, bytes[0]);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"theme\",\"SDG3\",\"Good health and well-being\",\"42\""));
    assertTrue(text.contains("\"theme\",\"SDG10\",\"Reduced inequalities\",\"\",\"\""));
    assertTrue(text.contains("\r\n"));
  }

  @Test
  void pdfIsRenderedOffTheEventLoop() {
    ReportTestServer.Answer pdf = get("/reports/counties/kisumu?format=pdf&lang=sw", ADMIN);
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertEquals("%PDF", pdf.body().getString(0, 4));
  }

  @Test
  void htmlIsLockedDownAndFollowsTheReadersLanguage() {
    ReportTestServer.Answer page = server.get("/reports/counties/kisumu", Map.of("Authorization", "Bearer " + ADMIN,
        "Accept-Language", "sw-KE,sw;q=0.9,en;q=0.5"));
    assertEquals(200, page.status());
    assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
    assertTrue(page.header("Content-Security-Policy").contains("default-src 'none'"));
    assertEquals("no-store", page.header("Cache-Control"));
    assertTrue(page.text().contains("<html lang=\"sw\">"));
    assertTrue(page.text().contains("<svg class=\"chart\""));
    assertTrue(page.text().contains("data-theme=\"SDG3\" data-count=\"42\""));
    assertFalse(page.text().contains("OPTEDOUTSECRET"));
    assertTrue(get("/reports/counties/kisumu?lang=en", ADMIN).text().contains("<html lang=\"en\">"));
  }

  @Test
  void theOverviewShowsEveryCountyWithTheSameCellsAsTheCountyReports() {
    JsonObject overview = json(get("/reports/overview?format=json", ADMIN));
    JsonArray counties = overview.getJsonArray("counties");
    assertEquals(47, counties.size(), "no message without a county in this data");
    JsonObject kisumu = counties.stream().map(JsonObject.class::cast)
        .filter(c -> c.getString("code").equals("kisumu")).findFirst().orElseThrow();
    assertEquals(84, kisumu.getInteger("total"));
    assertEquals("SDG3", kisumu.getString("top_theme"));
    JsonObject county = json(get("/reports/counties/kisumu?format=json", ADMIN));
    JsonArray cells = kisumu.getJsonArray("themes");
    for (int i = 0; i < cells.size(); i++) {
      JsonObject cell = cells.getJsonObject(i);
      JsonObject line = theme(county, cell.getString("code"));
      assertEquals(line.getBoolean("suppressed"), cell.getBoolean("suppressed"), cell.getString("code"));
      assertEquals(line.getValue("count"), cell.getValue("count"));
    }
    ReportTestServer.Answer html = get("/reports/overview", ADMIN);
    assertTrue(html.text().contains("id=\"heatmap\""));
    assertEquals(200, get("/reports/overview?format=pdf", ADMIN).status());
  }

  @Test
  void theHomePageSendsEachReaderToTheirStart() {
    assertEquals("/reports/counties/kisumu", get("/reports", kisumuOfficial).header("Location"));
    assertEquals("/reports/overview", get("/reports", coder).header("Location"));
    assertEquals("/login", get("/reports", null).header("Location"));
  }

  @Test
  void theDemoEndsWithLinksAndALoginThatWorks() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    DemoReportLinks.print(rig.services(), userVertx, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8))
        .await();
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains(GatewayRig.PUBLIC_URL + "/reports/overview?from="), printed);
    assertTrue(printed.contains(GatewayRig.PUBLIC_URL + "/reports/counties/kisumu?from="), printed);
    assertTrue(printed.contains(GatewayRig.PUBLIC_URL + "/reports/counties/nairobi?from="), printed);
    assertTrue(printed.contains("name demo-official-kisumu, password " + DemoReportLinks.OFFICIAL_PASSWORD));
    UserDirectory users = new UserDirectory(userVertx, rig.pool(), CountyDirectory.loadDefault());
    assertTrue(users.login("demo-official-kisumu", DemoReportLinks.OFFICIAL_PASSWORD).await().isPresent());
    DemoReportLinks.print(rig.services(), userVertx, new java.io.PrintStream(new java.io.ByteArrayOutputStream()))
        .await();
  }
}
