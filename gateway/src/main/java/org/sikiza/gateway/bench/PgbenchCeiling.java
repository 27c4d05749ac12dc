package org.sikiza.gateway.bench;

import io.vertx.pgclient.PgConnectOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's ceiling for durable single-row inserts: pgbench with N clients, each transaction one
 * {@code INSERT … ON CONFLICT DO NOTHING} of a message-sized row into a table shaped like {@code messages}.
 */
final class PgbenchCeiling {

  static final String CREATE_TABLE = """
      DROP TABLE IF EXISTS pgbench_messages;
      CREATE TABLE pgbench_messages (LIKE messages INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);
      """;

  private static final String SCRIPT = """
      \\set n random(1, 9000000000000000000)
      INSERT INTO pgbench_messages (provider_sid, channel, kind, line, participant_id, body, segments, media, received_at)
      VALUES ('SM' || md5(:n::text), 'sms', 'feedback', '+254700100200', md5((:n % 5000)::text),
              'Maji ya bomba hayajatoka wiki mbili sasa, tafadhali saidieni kijiji chetu', 1, '[]', now())
      ON CONFLICT (provider_sid) DO NOTHING;
      """;

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

  record Result(double tps, String output) {}

  static Result run(String databaseUrl, int clients, int seconds) throws IOException, InterruptedException {
    PgConnectOptions db = PgConnectOptions.fromUri(databaseUrl);
    Path script = Files.createTempFile("sikiza-pgbench", ".sql");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    try {
      ProcessBuilder builder = new ProcessBuilder(List.of("pgbench", "-n", "-c", Integer.toString(clients),
          "-j", "2", "-T", Integer.toString(seconds), "-f", script.toString(),
          "-h", db.getHost(), "-p", Integer.toString(db.getPort()), "-U", db.getUser(), db.getDatabase()))
          .redirectErrorStream(true);
      if (db.getPassword() != null) {
        builder.environment().put("PGPASSWORD", db.getPassword());
      }
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      Matcher tps = TPS.matcher(output);
      if (exit != 0 || !tps.find()) {
        throw new IOException("pgbench failed (exit " + exit + "):\n" + output);
      }
      return new Result(Double.parseDouble(tps.group(1)), output);
    } finally {
      Files.deleteIfExists(script);
    }
  }
}
