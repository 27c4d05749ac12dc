package org.sikiza.gateway.reports;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.http.FailureHandler;
import org.sikiza.gateway.testing.FreePort;

/**
 * The report routes of a test gateway on a port of their own, mounted exactly as HttpVerticle mounts them (with the
 * same failure handler), and a client that keeps status, headers and raw body.
 */
public final class ReportTestServer implements AutoCloseable {

  /** An answer with everything a test may look at. */
  public record Answer(int status, MultiMap headers, Buffer body) {

    public String text() {
      return body.toString(StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.get(name);
    }

    public List<String> cookies() {
      return headers.getAll("Set-Cookie");
    }
  }

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final HttpClient client;
  private final int port;

  public ReportTestServer(GatewayServices services) {
    Router router = Router.router(vertx);
    ReportRoutes.mount(router, services, vertx);
    FailureHandler failures = new FailureHandler((ctx, type) -> { });
    router.route().failureHandler(failures::handle);
    router.errorHandler(404, failures::handle);
    port = FreePort.find();
    server = vertx.createHttpServer().requestHandler(router).listen(port).await();
    // One connection per request: each answer stands alone, as a browser's first visit does.
    client = vertx.createHttpClient(new io.vertx.core.http.HttpClientOptions().setKeepAlive(false));
  }

  int port() {
    return port;
  }

  public Answer get(String uri, Map<String, String> headers) {
    return send(HttpMethod.GET, uri, headers, null);
  }

  public Answer postForm(String uri, Map<String, String> headers, String form) {
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("Content-Type", "application/x-www-form-urlencoded");
    return send(HttpMethod.POST, uri, all, form);
  }

  Answer send(HttpMethod method, String uri, Map<String, String> headers, String body) {
    RequestOptions options = new RequestOptions().setMethod(method).setHost("localhost").setPort(port).setURI(uri);
    headers.forEach(options::putHeader);
    return client.request(options)
        .compose(request -> (body == null ? request.send() : request.send(body))
            .compose(response -> response.body().map(b -> new Answer(response.statusCode(), response.headers(), b))))
        .await();
  }

  @Override
  public void close() {
    server.close().await();
    vertx.close().await();
  }
}
