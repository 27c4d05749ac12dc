package org.sikiza.gateway.cli;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.reports.ReportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sikiza.jar bench-reports}: county report and national overview timings over a synthetic database of
 * millions of messages, next to a naive GROUP BY over messages, in one run.
 */
@Command(name = "bench-reports",
    description = "Fill a scratch database with synthetic messages and time reports against a naive GROUP BY.")
public final class ReportBenchmarkCommand implements Callable<Integer> {

  @Option(names = "--messages", description = "synthetic messages to store (default ${DEFAULT-VALUE})")
  long messages = 10_000_000;

  @Option(names = "--days", description = "days the messages are spread over, ending today (default ${DEFAULT-VALUE})")
  int days = 365;

  @Option(names = "--runs", description = "measured runs per report (default ${DEFAULT-VALUE})")
  int runs = 50;

  @Option(names = "--reuse", description = "keep the database when it already holds --messages messages")
  boolean reuse;

  @Option(names = "--database-url", description = "a scratch database, dropped and filled; its name must contain "
      + "'bench' (default ${DEFAULT-VALUE})")
  String databaseUrl = "postgresql://postgres@localhost:5432/sikiza_reports_bench";

  @Override
  public Integer call() {
    ZoneId zone = new ConfigLoader(System.getenv()).load().timeZone();
    try {
      return new ReportBenchmark(new ReportBenchmark.Settings(databaseUrl, messages, days, runs, reuse, zone),
          System.out).run();
    } catch (IllegalArgumentException e) {
      System.err.println("sikiza bench-reports: " + e.getMessage());
      return 2;
    }
  }
}
