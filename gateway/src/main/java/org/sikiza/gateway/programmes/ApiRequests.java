package org.sikiza.gateway.programmes;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * The request and answer chores of the radio API (programmes, polls, call-ins, transcriptions): a JSON object
 * body or a clear 415/400, numeric path ids, JSON answers.
 */
public final class ApiRequests {

  private ApiRequests() {
  }

  /** The body as a JSON object; 415 when it is not JSON, 400 when it does not parse or is not an object. */
  public static JsonObject objectBody(RoutingContext ctx) {
    requireContentType(ctx, "application/json", "send application/json");
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      throw new ApiException(ErrorType.BAD_REQUEST, "the body is not a JSON object");
    }
    if (body == null) {
      throw new ApiException(ErrorType.BAD_REQUEST, "the body is empty; send a JSON object");
    }
    return body;
  }

  /** Refuses a body of another media type with 415. */
  public static void requireContentType(RoutingContext ctx, String mediaType, String hint) {
    String contentType = Optional.ofNullable(ctx.request().getHeader("Content-Type")).orElse("")
        .toLowerCase(Locale.ROOT);
    if (!contentType.startsWith(mediaType)) {
      throw new ApiException(ErrorType.UNSUPPORTED_MEDIA_TYPE,
          hint + " (Content-Type: " + mediaType + "), got " + (contentType.isEmpty() ? "none" : contentType));
    }
  }

  /** A numeric path parameter; 404 when it is not a number (no resource can have that id). */
  public static long pathId(RoutingContext ctx, String name) {
    String value = ctx.pathParam(name);
    if (value == null || !value.matches("\\d{1,18}")) {
      throw new ApiException(ErrorType.NOT_FOUND, name + " must be a number");
    }
    return Long.parseLong(value);
  }

  public static ApiException notFound(String what) {
    return new ApiException(ErrorType.NOT_FOUND, what);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(ErrorType.BAD_REQUEST, message, List.of(message));
  }

  public static void respond(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }
}
