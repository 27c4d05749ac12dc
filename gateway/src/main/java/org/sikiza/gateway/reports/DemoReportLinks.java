package org.sikiza.gateway.reports;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.users.UserDirectory;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.catalogue.CountyDirectory;

/**
 * The end of {@code sikiza.jar demo}: makes a demo official (for the county with most feedback) and a demo coder,
 * and prints where to read the reports: the overview, two county reports, the login page and both logins. The
 * links cover the days the demo messages were spread over.
 */
public final class DemoReportLinks {

  public static final String OFFICIAL_PASSWORD = "sikiza-demo-official";
  public static final String CODER_PASSWORD = "sikiza-demo-coder";

  static final String BUSIEST_COUNTIES = """
      SELECT county, sum(messages) AS messages, min(day) AS first, max(day) AS last FROM message_rollups
      WHERE county <> 'unknown' GROUP BY county ORDER BY sum(messages) DESC, county LIMIT 2""";

  static final String DAYS = "SELECT min(day), max(day) FROM message_rollups";

  private DemoReportLinks() {
  }

  public static Future<Void> print(GatewayServices services, Vertx vertx, PrintStream out) {
    CountyDirectory counties = CountyDirectory.loadDefault();
    UserDirectory users = new UserDirectory(vertx, services.pool(), counties);
    String base = services.config().publicUrl();
    return Future.all(services.pool().query(BUSIEST_COUNTIES).execute(), services.pool().query(DAYS).execute())
        .compose(all -> {
          List<County> busiest = new ArrayList<>();
          for (Row row : all.<io.vertx.sqlclient.RowSet<Row>>resultAt(0)) {
            counties.find(row.getString("county")).ifPresent(busiest::add);
          }
          if (busiest.isEmpty()) {
            busiest.add(counties.find("nairobi").orElseThrow());
          }
          if (busiest.size() == 1) {
            busiest.add(counties.find(busiest.get(0).code().equals("kisumu") ? "nairobi" : "kisumu").orElseThrow());
          }
          Row days = all.<io.vertx.sqlclient.RowSet<Row>>resultAt(1).iterator().next();
          LocalDate last = days.getLocalDate(0) == null ? LocalDate.now(services.config().timeZone())
              : days.getLocalDate(1);
          LocalDate first = days.getLocalDate(0) == null ? last.minusDays(29) : days.getLocalDate(0);
          ReportPeriod period = new ReportPeriod(first.isBefore(last.minusDays(ReportPeriod.MAX_DAYS - 1L))
              ? last.minusDays(ReportPeriod.MAX_DAYS - 1L) : first, last);
          String query = "?from=" + period.from() + "&to=" + period.to();
          County home = busiest.get(0);
          String officialName = "demo-official-" + home.slug();
          return ensure(users, new UserDirectory.Request(officialName, Role.OFFICIAL, home.code(), OFFICIAL_PASSWORD))
              .compose(done -> ensure(users, new UserDirectory.Request("demo-coder", Role.CODER, null,
                  CODER_PASSWORD)))
              .map(done -> {
                out.printf("%nCounty dialogue reports (%s to %s; small counts hidden, quotes scrubbed):%n",
                    period.from(), period.to());
                out.printf("  National overview:  %s/reports/overview%s%n", base, query);
                for (County county : busiest) {
                  out.printf("  %-18s  %s/reports/counties/%s%s%n", county.name() + ":", base, county.slug(), query);
                }
                out.printf("  Sign in at %s/login%n", base);
                out.printf("    official for %s: name %s, password %s (reads %s only)%n", home.name(), officialName,
                    OFFICIAL_PASSWORD, home.name());
                out.printf("    coder:            name demo-coder, password %s (reads every county and the "
                    + "overview)%n", CODER_PASSWORD);
                out.printf("  JSON/CSV/PDF: add &format=json|csv|pdf; API clients send Authorization: Bearer "
                    + "$SIKIZA_ADMIN_TOKEN%n");
                return null;
              });
        });
  }

  /** Creates the user unless a user of that name exists (a demo run again on the same database). */
  private static Future<Void> ensure(UserDirectory users, UserDirectory.Request request) {
    return users.store().byName(request.name()).compose(existing -> existing.isPresent()
        ? Future.succeededFuture() : users.add(request).mapEmpty());
  }
}
