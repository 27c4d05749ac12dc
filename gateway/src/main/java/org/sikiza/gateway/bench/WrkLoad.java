package org.sikiza.gateway.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the gateway with {@code wrk} (Debian package {@code wrk}) replaying pre-signed webhooks from a file,
 * so the load generator costs little CPU and no JVM time.
 */
final class WrkLoad {

  /** What wrk measured; latencies in microseconds. */
  record Result(long requests, double seconds, long errors, long p50Micros, long p99Micros, String output) {}

  private static final Pattern SUMMARY = Pattern.compile("SIKIZA_WRK (.*)");

  private WrkLoad() {
  }

  static Result run(String url, Path requestsFile, int threads, int connections, int seconds)
      throws IOException, InterruptedException {
    Path script = Files.createTempFile("sikiza-wrk", ".lua");
    try (InputStream in = WrkLoad.class.getResourceAsStream("/bench/presigned-webhooks.lua")) {
      Files.write(script, in.readAllBytes());
    }
    try {
      Process wrk = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
          "--timeout", "15s", "-s", script.toString(), url, "--", requestsFile.toString(), Integer.toString(threads)))
          .redirectErrorStream(true).start();
      String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = wrk.waitFor();
      Matcher summary = SUMMARY.matcher(output);
      if (exit != 0 || !summary.find()) {
        throw new IOException("wrk failed (exit " + exit + "); is it installed (apt-get install wrk)?\n" + output);
      }
      Map<String, Long> values = new HashMap<>();
      for (String pair : summary.group(1).trim().split(" ")) {
        String[] kv = pair.split("=");
        values.put(kv[0], Long.parseLong(kv[1]));
      }
      long errors = values.get("status_errors") + values.get("connect_errors") + values.get("read_errors")
          + values.get("write_errors") + values.get("timeouts");
      return new Result(values.get("requests"), values.get("duration_us") / 1e6, errors, values.get("p50_us"),
          values.get("p99_us"), output);
    } finally {
      Files.deleteIfExists(script);
    }
  }
}
