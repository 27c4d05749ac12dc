package org.sikiza.gateway.callins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.auth.Principal;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.http.FailureHandler;
import org.sikiza.gateway.polls.PollRoutes;
import org.sikiza.gateway.programmes.ApiCalls;
import org.sikiza.gateway.programmes.ProgrammeRoutes;
import org.sikiza.gateway.testing.FreePort;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.voice.VoiceRoutes;

/**
 * Who may do what on the radio API: the routes as mounted, behind a stand-in authentication that gives each test
 * token one role (user tokens come from the users feature; this test needs only the roles on the context).
 */
class RadioRolesIntegrationTest {

  private static final Map<String, Role> TOKENS = Map.of("host-token", Role.HOST, "coder-token", Role.CODER,
      "official-token", Role.OFFICIAL, "admin-token", Role.ADMIN);
  private static GatewayRig rig;
  private static Vertx vertx;
  private static HttpServer server;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start(ApiCalls.adminEnv());
    vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    router.route("/api/*").handler(BodyHandler.create(false)).handler(ctx -> {
      String header = ctx.request().getHeader("Authorization");
      Role role = header == null ? null : TOKENS.get(header.substring("Bearer ".length()));
      if (role == null) {
        throw new ApiException(ErrorType.UNAUTHORIZED, "a bearer token is required");
      }
      new Principal(role.dbValue() + "-user", role, role == Role.OFFICIAL ? "kisumu" : null).attachTo(ctx);
      ctx.next();
    });
    ProgrammeRoutes.mount(router, rig.services(), vertx);
    PollRoutes.mount(router, rig.services(), vertx);
    VoiceRoutes.mount(router, rig.services(), vertx);
    CallinRoutes.mount(router, rig.services(), vertx);
    FailureHandler failures = new FailureHandler((ctx, type) -> { });
    router.route().failureHandler(failures::handle);
    server = vertx.createHttpServer().requestHandler(router).listen(FreePort.find()).await();
  }

  @AfterAll
  static void stop() {
    vertx.close().await();
    rig.close();
  }

  private static int status(HttpMethod method, String path, String token, String body) {
    RequestOptions options = new RequestOptions().setMethod(method).setHost("localhost").setPort(server.actualPort())
        .setURI(path).putHeader("Content-Type", path.endsWith("import") ? "text/csv" : "application/json");
    if (token != null) {
      options.putHeader("Authorization", "Bearer " + token);
    }
    return rig.http().request(options)
        .compose(request -> request.send(Buffer.buffer(body == null ? "" : body))
            .compose(response -> response.body().map(ignored -> response.statusCode())))
        .await();
  }

  @Test
  void hostsAndAdminsLogCallinsOthersGet403() {
    String callin = "{\"text\": \"A caller from Siaya asked about bursaries\"}";
    assertEquals(201, status(HttpMethod.POST, "/api/callins", "host-token", callin));
    assertEquals(201, status(HttpMethod.POST, "/api/callins", "admin-token", callin));
    assertEquals(403, status(HttpMethod.POST, "/api/callins", "coder-token", callin));
    assertEquals(403, status(HttpMethod.POST, "/api/callins", "official-token", callin));
    assertEquals(401, status(HttpMethod.POST, "/api/callins", null, callin));
    assertEquals(200, status(HttpMethod.POST, "/api/callins/import", "host-token", "text\nfrom a file\n"));
    assertEquals(403, status(HttpMethod.POST, "/api/callins/import", "official-token", "text\nfrom a file\n"));
  }

  @Test
  void hostsReadProgrammesAndPollsOnlyAdminsChangeThem() {
    assertEquals(200, status(HttpMethod.GET, "/api/programmes", "host-token", null));
    assertEquals(403, status(HttpMethod.GET, "/api/programmes", "official-token", null));
    String programme = "{\"name\": \"Roles\", \"station\": \"Radio Roles\"}";
    assertEquals(403, status(HttpMethod.POST, "/api/programmes", "host-token", programme));
    assertEquals(201, status(HttpMethod.POST, "/api/programmes", "admin-token", programme));
    assertEquals(200, status(HttpMethod.GET, "/api/polls", "host-token", null));
    assertEquals(403, status(HttpMethod.POST, "/api/polls", "host-token", "{}"));
  }

  @Test
  void codersHostsAndAdminsTranscribeOfficialsDoNot() {
    assertEquals(200, status(HttpMethod.GET, "/api/transcriptions", "coder-token", null));
    assertEquals(200, status(HttpMethod.GET, "/api/transcriptions", "host-token", null));
    assertEquals(403, status(HttpMethod.GET, "/api/transcriptions", "official-token", null));
  }
}
