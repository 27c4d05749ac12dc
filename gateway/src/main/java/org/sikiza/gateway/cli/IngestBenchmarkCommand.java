package org.sikiza.gateway.cli;

import java.util.concurrent.Callable;
import org.sikiza.gateway.bench.IngestBenchmark;
import org.sikiza.gateway.bench.IngestBenchmark.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sikiza.jar bench-ingest}: durable webhook ingest rate against pgbench's ceiling, in one run. Needs wrk. */
@Command(name = "bench-ingest",
    description = "Benchmark durable ingest of signed SMS webhooks (wrk) against pgbench, in one run.")
public final class IngestBenchmarkCommand implements Callable<Integer> {

  @Option(names = "--seconds", description = "measured wrk run (default ${DEFAULT-VALUE})")
  int seconds = 20;

  @Option(names = "--connections", description = "concurrent wrk connections (default ${DEFAULT-VALUE})")
  int connections = 64;

  @Option(names = "--wrk-threads", description = "wrk threads (default ${DEFAULT-VALUE})")
  int wrkThreads = 1;

  @Option(names = "--max-rate", description = "webhooks/s to prepare for; wrk must not run out (default ${DEFAULT-VALUE})")
  int maxRate = 25_000;

  @Option(names = "--pgbench-clients", description = "pgbench clients (default ${DEFAULT-VALUE})")
  int pgbenchClients = 32;

  @Option(names = "--pgbench-seconds", description = "pgbench duration (default ${DEFAULT-VALUE})")
  int pgbenchSeconds = 20;

  @Option(names = "--database-url", description = "a scratch database, dropped and created again; its name must "
      + "contain 'bench' (default ${DEFAULT-VALUE})")
  String databaseUrl = "postgresql://postgres@localhost:5432/sikiza_bench";

  @Option(names = "--classifier-workers", description = "classification workers running in the gateway under test; "
      + "0 measures ingest alone, as on an ingest-only instance (default ${DEFAULT-VALUE})")
  int classifierWorkers = 0;

  @Option(names = "--port", description = "port for the gateway under test (default ${DEFAULT-VALUE})")
  int port = 18080;

  @Override
  public Integer call() throws Exception {
    return new IngestBenchmark(new Settings(seconds, connections, wrkThreads, pgbenchClients, pgbenchSeconds,
        databaseUrl, port, maxRate, classifierWorkers), System.out).run();
  }
}
