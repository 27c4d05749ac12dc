package org.sikiza.gateway.reports;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real headless Chromium (the machine's own: Debian's {@code chromium}), driven over the Chrome DevTools Protocol
 * with Vert.x' WebSocket client: navigate, run JavaScript in the page, read back values. One page per instance.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final Vertx vertx = Vertx.vertx();
  private final WebSocket socket;
  private final String session;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, Promise<JsonObject>> pending = new ConcurrentHashMap<>();

  /** The browser on this machine, if any: {@code SIKIZA_CHROMIUM}, else chromium or chromium-browser on the PATH. */
  static Optional<String> executable() {
    String configured = System.getenv("SIKIZA_CHROMIUM");
    if (configured != null && new File(configured).canExecute()) {
      return Optional.of(configured);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser"}) {
        File candidate = new File(dir, name);
        if (candidate.canExecute()) {
          return Optional.of(candidate.getAbsolutePath());
        }
      }
    }
    return Optional.empty();
  }

  HeadlessChromium(String executable) throws IOException {
    profile = Files.createTempDirectory("sikiza-chromium");
    process = new ProcessBuilder(executable, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-extensions", "--no-first-run", "--disable-sync",
        "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "--user-data-dir=" + profile,
        "about:blank").redirectErrorStream(true).start();
    URI devtools = URI.create(awaitDevtoolsUrl());
    WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setMaxFrameSize(16 * 1024 * 1024).setMaxMessageSize(64 * 1024 * 1024));
    socket = client.connect(new WebSocketConnectOptions().setHost(devtools.getHost()).setPort(devtools.getPort())
        .setURI(devtools.getPath()).setAllowOriginHeader(false)).await();
    socket.textMessageHandler(this::receive);
    String target = call("Target.createTarget", new JsonObject().put("url", "about:blank"), null)
        .getString("targetId");
    session = call("Target.attachToTarget", new JsonObject().put("targetId", target).put("flatten", true), null)
        .getString("sessionId");
    call("Page.enable", new JsonObject(), session);
    call("Runtime.enable", new JsonObject(), session);
  }

  /** Reads Chromium's output until it says where its DevTools endpoint is; keeps draining it afterwards. */
  private String awaitDevtoolsUrl() {
    BlockingQueue<String> found = new ArrayBlockingQueue<>(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          Matcher matcher = DEVTOOLS.matcher(line);
          if (matcher.find()) {
            found.offer(matcher.group(1));
          }
        }
      } catch (IOException e) {
        // The browser went away: the test fails on its next call.
      }
    }, "chromium-output");
    reader.setDaemon(true);
    reader.start();
    try {
      String url = found.poll(30, TimeUnit.SECONDS);
      if (url == null) {
        throw new IllegalStateException("chromium did not open its DevTools port within 30 s");
      }
      return url;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void receive(String text) {
    JsonObject message = new JsonObject(text);
    Integer id = message.getInteger("id");
    if (id == null) {
      return; // an event: this driver polls instead of listening
    }
    Promise<JsonObject> promise = pending.remove(id);
    if (promise == null) {
      return;
    }
    if (message.containsKey("error")) {
      promise.fail(message.getJsonObject("error").encode());
    } else {
      promise.complete(message.getJsonObject("result", new JsonObject()));
    }
  }

  JsonObject call(String method, JsonObject params, String sessionId) {
    int id = ids.incrementAndGet();
    Promise<JsonObject> promise = Promise.promise();
    pending.put(id, promise);
    JsonObject command = new JsonObject().put("id", id).put("method", method).put("params", params);
    if (sessionId != null) {
      command.put("sessionId", sessionId);
    }
    socket.writeTextMessage(command.encode());
    Future<JsonObject> answer = promise.future();
    return answer.timeout(30, TimeUnit.SECONDS).await();
  }

  void navigate(String url) {
    call("Page.navigate", new JsonObject().put("url", url), session);
  }

  /** Runs a JavaScript expression in the page (awaiting a promise it returns) and gives back its JSON value. */
  Object evaluate(String expression) {
    JsonObject result = call("Runtime.evaluate", new JsonObject().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true), session);
    if (result.containsKey("exceptionDetails")) {
      throw new IllegalStateException("page script failed: " + result.getJsonObject("exceptionDetails").encode());
    }
    return result.getJsonObject("result").getValue("value");
  }

  String evaluateString(String expression) {
    Object value = evaluate(expression);
    return value == null ? null : value.toString();
  }

  /** Waits until the page is fully loaded at a path (after redirects and form posts). */
  void awaitPage(String path, Duration timeout) {
    awaitTrue(() -> {
      try {
        return Boolean.TRUE.equals(evaluate("document.readyState === 'complete' && location.pathname === '"
            + path + "'"));
      } catch (RuntimeException e) {
        return false; // the page is being replaced
      }
    }, timeout, () -> "page " + path + " not reached; at " + evaluateString("location.href"));
  }

  static void awaitTrue(Supplier<Boolean> condition, Duration timeout, Supplier<String> failure) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError(failure.get());
  }

  @Override
  public void close() {
    try {
      socket.close().await();
    } catch (RuntimeException e) {
      // already gone
    }
    vertx.close().await();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
