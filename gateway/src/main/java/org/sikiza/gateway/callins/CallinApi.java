package org.sikiza.gateway.callins;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sikiza.gateway.auth.Principal;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.ingest.IngestOutcome;
import org.sikiza.gateway.ingest.IngestOutcome.Status;
import org.sikiza.gateway.ops.GatewayMetrics;
import org.sikiza.gateway.programmes.ApiRequests;
import org.sikiza.gateway.programmes.Episode;
import org.sikiza.gateway.programmes.Programme;

/**
 * {@code POST /api/callins} (one call-in, JSON) and {@code POST /api/callins/import} (a CSV file of them): what
 * hosts log of calls taken on air. Each answer comes once the call-ins are durable.
 */
final class CallinApi {

  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

  private final CallinForm form;
  private final CallinIngest ingest;
  private final GatewayMetrics metrics;

  CallinApi(CallinForm form, CallinIngest ingest, GatewayMetrics metrics) {
    this.form = form;
    this.ingest = ingest;
    this.metrics = metrics;
  }

  /** The values the console offers for each field, so the page never drifts from the configuration. */
  void fields(RoutingContext ctx) {
    ApiRequests.respond(ctx, 200, new JsonObject()
        .put("counties", new JsonArray(form.counties().names()))
        .put("gender", new JsonArray(form.attributes().genders()))
        .put("age_band", new JsonArray(form.attributes().ageBands()))
        .put("disability", new JsonArray(form.attributes().disabilities())));
  }

  void create(RoutingContext ctx) {
    JsonObject body = ApiRequests.objectBody(ctx);
    CallinForm.Parsed parsed = form.parse(body);
    if (parsed instanceof CallinForm.Parsed.Invalid invalid) {
      throw new ApiException(ErrorType.BAD_REQUEST, "invalid call-in: " + String.join("; ", invalid.errors()),
          invalid.errors());
    }
    Callin callin = ((CallinForm.Parsed.Valid) parsed).callin();
    String host = hostOf(ctx);
    String key = ctx.request().getHeader(IDEMPOTENCY_HEADER);
    if (key != null && (key.isBlank() || key.length() > 200)) {
      throw ApiRequests.badRequest(IDEMPOTENCY_HEADER + " must be 1 to 200 characters");
    }
    String sid = key == null ? "CI" + UUID.randomUUID().toString().replace("-", "") : CallinIngest.sidFor("callin", host, key);
    ingest.resolve(callin, new HashMap<>(), new HashMap<>()).compose(resolution -> {
      if (resolution.error() != null) {
        return Future.failedFuture(ApiRequests.badRequest(resolution.error()));
      }
      return ingest.store(List.of(new CallinIngest.Prepared(sid, callin, resolution.programmeId(),
              resolution.episodeId(), 0)), host)
          .compose(outcomes -> outcomes.get(0));
    }).compose(outcome -> {
      metrics.messageReceived(CallinIngest.CHANNEL, outcome.status());
      if (outcome.status() == Status.SPOOLED) {
        return Future.succeededFuture(new JsonObject().put("code", 202).put("body", new JsonObject().putNull("id")
            .put("provider_sid", sid).put("status", "spooled")));
      }
      return ingest.storedMessage(sid).map(stored -> new JsonObject()
          .put("code", outcome.status() == Status.STORED ? 201 : 200)
          .put("body", stored.orElse(new JsonObject()).put("provider_sid", sid)
              .put("status", outcome.status().name().toLowerCase(Locale.ROOT))));
    }).onSuccess(answer -> ApiRequests.respond(ctx, answer.getInteger("code"), answer.getJsonObject("body")))
        .onFailure(ctx::fail);
  }

  void importCsv(RoutingContext ctx) {
    String contentType = Optional.ofNullable(ctx.request().getHeader("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
    if (!(contentType.startsWith("text/csv") || contentType.startsWith("application/csv")
        || contentType.startsWith("application/vnd.ms-excel") || contentType.startsWith("text/plain"))) {
      throw new ApiException(ErrorType.UNSUPPORTED_MEDIA_TYPE,
          "send the file as text/csv with a header row, got " + (contentType.isEmpty() ? "none" : contentType));
    }
    String file = ctx.body().asString(StandardCharsets.UTF_8.name());
    List<CallinCsv.Row> rows = CallinCsv.read(file == null ? "" : file);
    String host = hostOf(ctx);
    String fileDigest = HexFormat.of().formatHex(sha256(file));
    Map<String, Future<Optional<Programme>>> programmes = new HashMap<>();
    Map<Long, Future<Optional<Episode>>> episodes = new HashMap<>();
    JsonArray errors = new JsonArray();
    List<Future<Optional<CallinIngest.Prepared>>> checked = new ArrayList<>();
    for (CallinCsv.Row row : rows) {
      if (row.error() != null) {
        errors.add(rowError(row.number(), row.error()));
        continue;
      }
      CallinForm.Parsed parsed = form.parse(row.fields());
      if (parsed instanceof CallinForm.Parsed.Invalid invalid) {
        errors.add(rowError(row.number(), String.join("; ", invalid.errors())));
        continue;
      }
      Callin callin = ((CallinForm.Parsed.Valid) parsed).callin();
      checked.add(ingest.resolve(callin, programmes, episodes).map(resolution -> {
        if (resolution.error() != null) {
          errors.add(rowError(row.number(), resolution.error()));
          return Optional.empty();
        }
        // The same file from the same host is the same import: a re-upload stores nothing twice.
        String sid = CallinIngest.sidFor("import", host, fileDigest, Long.toString(row.number()));
        return Optional.of(new CallinIngest.Prepared(sid, callin, resolution.programmeId(), resolution.episodeId(),
            row.number()));
      }));
    }
    Future.all(checked).compose(all -> {
      List<CallinIngest.Prepared> valid = checked.stream().map(Future::result).flatMap(Optional::stream).toList();
      return ingest.store(valid, host).map(outcomes -> tally(valid, outcomes, errors));
    }).onSuccess(answer -> ApiRequests.respond(ctx, 200, answer)).onFailure(ctx::fail);
  }

  private JsonObject tally(List<CallinIngest.Prepared> stored, List<Future<IngestOutcome>> outcomes, JsonArray errors) {
    int imported = 0;
    int duplicates = 0;
    for (int i = 0; i < stored.size(); i++) {
      Future<IngestOutcome> outcome = outcomes.get(i);
      if (outcome.failed()) {
        errors.add(rowError(stored.get(i).row(), "could not be stored; upload the file again later"));
        continue;
      }
      metrics.messageReceived(CallinIngest.CHANNEL, outcome.result().status());
      if (outcome.result().status() == Status.DUPLICATE) {
        duplicates++;
      } else {
        imported++;
      }
    }
    List<Object> sorted = new ArrayList<>(errors.getList());
    sorted.sort((a, b) -> Long.compare(((JsonObject) a).getLong("row"), ((JsonObject) b).getLong("row")));
    return new JsonObject().put("imported", imported).put("duplicates", duplicates).put("errors", new JsonArray(sorted));
  }

  private static JsonObject rowError(long row, String error) {
    return new JsonObject().put("row", row).put("error", error);
  }

  private static String hostOf(RoutingContext ctx) {
    return Principal.of(ctx).map(Principal::name)
        .orElseThrow(() -> new ApiException(ErrorType.UNAUTHORIZED, "a bearer token is required"));
  }

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
