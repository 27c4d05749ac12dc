package org.sikiza.gateway.cli;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.sikiza.classifier.theme.Theme;
import org.sikiza.classifier.theme.ThemeTaxonomy;
import org.sikiza.gateway.GatewayApplication;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.demo.DemoData;
import org.sikiza.gateway.reports.DemoReportLinks;
import org.sikiza.gateway.demo.DemoMessage;
import org.sikiza.gateway.demo.DemoReplay;
import org.sikiza.gateway.demo.DemoSettings;
import org.sikiza.gateway.privacy.ParticipantPseudonymiser;
import picocli.CommandLine.Command;

/**
 * {@code sikiza.jar demo}: starts the gateway on demo settings against the local PostgreSQL, replays the demo
 * SMS set through the signed webhook path, prints what was stored, and keeps serving until Ctrl-C.
 */
@Command(name = "demo", description = "Run the gateway on demo settings and replay the demo SMS set through it.")
public final class DemoCommand implements Callable<Integer> {

  private final PrintStream out = System.out;

  @Override
  public Integer call() {
    SikizaConfig config = new ConfigLoader(DemoSettings.environment(System.getenv())).load();
    Vertx vertx = Vertx.vertx();
    GatewayApplication application = new GatewayApplication(vertx, config);
    GatewayServices services;
    try {
      services = application.start().await();
    } catch (Exception e) {
      System.err.println("sikiza demo: cannot start: " + e.getMessage());
      vertx.close();
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> application.stop().await(), "sikiza-shutdown"));

    List<DemoMessage> messages = DemoData.load();
    out.printf("Sikiza demo: gateway on %s, database %s%n", config.publicUrl(), config.databaseUrl());
    out.printf("Replaying %d demo SMS through POST /twilio/sms, signed as Twilio signs them ...%n", messages.size());
    DemoReplay.Tally tally = new DemoReplay(vertx, config).run(messages).await();
    DemoReplay.backdate(services.pool(), messages).await();
    application.startClassifiers(1).await();
    out.printf("Sent %d webhooks and %d deliberate retries: %d answered 200, %d errors.%n",
        tally.sent(), tally.retriesSent(), tally.answered200(), tally.errors());
    printStored(services);
    printTopThemes(services);
    DemoReportLinks.print(services, vertx, out).await();
    out.printf("%nServing on %s (POST /twilio/sms, GET /health, GET /metrics). Ctrl-C to stop.%n", config.publicUrl());
    return 0;
  }

  private void printTopThemes(GatewayServices services) {
    long deadline = System.currentTimeMillis() + 120_000;
    while (queued(services) > 0 && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    out.printf("%nClassified by model %s. Top themes per county (messages; a message may count in two themes):%n",
        services.classifier().modelVersion());
    ThemeTaxonomy themes = services.classifier().taxonomy();
    for (Row row : services.pool().query(TOP_THEMES).execute().await()) {
      StringBuilder top = new StringBuilder();
      for (String cell : row.getString("top").split(",")) {
        String[] themeAndCount = cell.trim().split(" ");
        String name = themes.theme(themeAndCount[0]).map(Theme::nameEn).orElse(themeAndCount[0]);
        top.append(top.length() == 0 ? "" : "; ").append(name).append(' ').append(themeAndCount[1]);
      }
      out.printf("  %-14s %4d  %s%n", row.getString("county"), row.getLong("total"), top);
    }
  }

  private static long queued(GatewayServices services) {
    return services.pool().query("SELECT count(*) FROM messages WHERE classified_at IS NULL AND kind = 'feedback'").execute().await().iterator().next()
        .getLong(0);
  }

  private static final String TOP_THEMES = """
      WITH totals AS (SELECT county, theme, sum(messages) AS n FROM theme_rollups GROUP BY county, theme),
      ranked AS (
        SELECT county, theme, n, row_number() OVER (PARTITION BY county ORDER BY n DESC, theme) AS rank
        FROM totals WHERE theme <> 'OTHER'),
      county_totals AS (SELECT county, sum(messages) AS total FROM message_rollups GROUP BY county)
      SELECT r.county, t.total, string_agg(r.theme || ' ' || r.n, ', ' ORDER BY r.rank) AS top
      FROM ranked r JOIN county_totals t USING (county)
      WHERE r.rank <= 3
      GROUP BY r.county, t.total
      ORDER BY t.total DESC, r.county""";

  private void printStored(GatewayServices services) {
    Row totals = services.pool().query("""
        SELECT count(*) AS messages,
               count(*) FILTER (WHERE kind = 'feedback') AS feedback,
               count(*) FILTER (WHERE kind = 'opt_out') AS opt_outs,
               count(*) FILTER (WHERE kind = 'opt_in') AS opt_ins,
               count(DISTINCT participant_id) AS participants,
               count(*) FILTER (WHERE jsonb_array_length(media) > 0) AS with_media
        FROM messages""").execute().await().iterator().next();
    long optedOut = services.pool().query("SELECT count(*) FROM contacts WHERE opted_out").execute().await()
        .iterator().next().getLong(0);
    out.printf("%nStored in PostgreSQL: %d messages (%d feedback, %d opt-out, %d opt-in, %d with media) "
            + "from %d participants; %d participants opted out.%n",
        totals.getLong("messages"), totals.getLong("feedback"), totals.getLong("opt_outs"),
        totals.getLong("opt_ins"), totals.getLong("with_media"), totals.getLong("participants"), optedOut);
    out.println("\nMessages per line:");
    for (Row row : services.pool().query(
        "SELECT line, count(*) FROM messages GROUP BY line ORDER BY count(*) DESC").execute().await()) {
      out.printf("  %-16s %5d%n", row.getString(0), row.getLong(1));
    }
    out.println("\nLatest messages (sender shown only as its pseudonym's first characters):");
    for (Row row : services.pool().query("""
        SELECT received_at, participant_id, kind, line, body FROM messages ORDER BY received_at DESC LIMIT 8""")
        .execute().await()) {
      String body = row.getString("body").replaceAll("\\s+", " ");
      out.printf("  %tF %<tR  %s  %-8s %-14s %s%n", row.getOffsetDateTime("received_at"),
          ParticipantPseudonymiser.forLog(row.getString("participant_id")), row.getString("kind"),
          row.getString("line"), body.length() > 70 ? body.substring(0, 67) + "..." : body);
    }
  }
}
