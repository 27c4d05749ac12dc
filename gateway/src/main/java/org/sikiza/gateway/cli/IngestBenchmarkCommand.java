package org.sikiza.gateway.cli;

import java.util.concurrent.Callable;
import org.sikiza.gateway.bench.IngestBenchmark;
import org.sikiza.gateway.bench.IngestBenchmark.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sikiza.jar bench-ingest}: durable webhook ingest rate against pgbench's ceiling, in one run. */
@Command(name = "bench-ingest", description = "Benchmark durable ingest of signed SMS webhooks against pgbench.")
public final class IngestBenchmarkCommand implements Callable<Integer> {

  @Option(names = "--messages", description = "distinct webhooks to send (default ${DEFAULT-VALUE})")
  int messages = 200_000;

  @Option(names = "--connections", description = "concurrent Twilio connections (default ${DEFAULT-VALUE})")
  int connections = 128;

  @Option(names = "--pgbench-clients", description = "pgbench clients (default ${DEFAULT-VALUE})")
  int pgbenchClients = 32;

  @Option(names = "--pgbench-seconds", description = "pgbench duration (default ${DEFAULT-VALUE})")
  int pgbenchSeconds = 30;

  @Option(names = "--database-url", description = "a scratch database; it is dropped and created again "
      + "(default ${DEFAULT-VALUE})")
  String databaseUrl = "postgresql://postgres@localhost:5432/sikiza_bench";

  @Option(names = "--port", description = "port for the gateway under test (default ${DEFAULT-VALUE})")
  int port = 18080;

  @Override
  public Integer call() throws Exception {
    Settings settings = new Settings(messages, connections, pgbenchClients, pgbenchSeconds, databaseUrl, port);
    return new IngestBenchmark(settings, System.out).run();
  }
}
