package org.sikiza.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns a failed request into an {@link ErrorBody} answer and logs it once.
 * Messages are written by our own code and never carry a phone number.
 */
public final class FailureHandler {

  private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BiConsumer<RoutingContext, ErrorType> onRejected;

  /** @param onRejected told of every rejection (for metrics) */
  public FailureHandler(BiConsumer<RoutingContext, ErrorType> onRejected) {
    this.onRejected = onRejected;
  }

  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    ErrorType type;
    String message;
    List<String> validationErrors = List.of();
    if (failure instanceof ApiException api) {
      type = api.type();
      message = api.getMessage();
      validationErrors = api.validationErrors();
    } else if (failure == null) {
      type = ErrorType.forStatus(ctx.statusCode());
      message = defaultMessage(type);
    } else {
      type = ErrorType.INTERNAL;
      message = "internal error";
      LOG.error("event=request.failed method={} path={}", ctx.request().method(), ctx.normalizedPath(), failure);
    }
    if (type != ErrorType.INTERNAL) {
      LOG.info("event=request.rejected status={} reason={} method={} path={} message=\"{}\"",
          type.status(), type.name().toLowerCase(Locale.ROOT), ctx.request().method(), ctx.normalizedPath(), message);
    }
    onRejected.accept(ctx, type);
    if (ctx.request().isEnded()) {
      send(ctx.response(), type, message, validationErrors);
    } else {
      // Answered before the body was read (413): the rest of the body would be parsed as the next request
      // on this keep-alive connection, so the connection is closed once the answer is out.
      ctx.response().putHeader("Connection", "close");
      send(ctx.response(), type, message, validationErrors).onComplete(done -> ctx.request().connection().close());
    }
  }

  public static Future<Void> send(HttpServerResponse response, ErrorType type, String message,
      List<String> validationErrors) {
    if (response.headWritten()) {
      response.reset();
      return Future.succeededFuture();
    }
    try {
      String body = JSON.writeValueAsString(
          new ErrorBody(type.status(), type.name().toLowerCase(Locale.ROOT), message, validationErrors));
      if (type == ErrorType.UNAUTHORIZED) {
        response.putHeader("WWW-Authenticate", "Bearer realm=\"sikiza\"");
      }
      return response.setStatusCode(type.status()).putHeader("Content-Type", "application/json").end(body);
    } catch (JsonProcessingException e) {
      return response.setStatusCode(500).end();
    }
  }

  private static String defaultMessage(ErrorType type) {
    return switch (type) {
      case PAYLOAD_TOO_LARGE -> "request body is larger than the configured limit";
      case NOT_FOUND -> "no such resource";
      case METHOD_NOT_ALLOWED -> "method not allowed on this resource";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported content type";
      default -> type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
