package org.sikiza.gateway.twilio;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * Reads a Twilio webhook's form-encoded body, up to a limit (413 beyond it, before or while reading), and puts its
 * parameters into the request's form attributes for the signature check and the handlers. Twilio posts only
 * small {@code application/x-www-form-urlencoded} bodies; decoding them with Netty's query-string decoder costs
 * a fraction of the general multipart-capable decoder behind {@code BodyHandler}, on the hottest path we have.
 */
public final class TwilioFormBody implements Handler<RoutingContext> {

  private static final int MAX_PARAMETERS = 256;

  private final long limit;

  public TwilioFormBody(long limit) {
    this.limit = limit;
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String contentType = request.getHeader("Content-Type");
    if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      throw new ApiException(ErrorType.UNSUPPORTED_MEDIA_TYPE,
          "Twilio webhooks must be application/x-www-form-urlencoded, got " + (contentType == null ? "none" : contentType));
    }
    String declared = request.getHeader("Content-Length");
    if (declared != null && declaredLength(declared) > limit) {
      ctx.fail(ErrorType.PAYLOAD_TOO_LARGE.status());
      return;
    }
    Buffer body = Buffer.buffer(declared == null ? 1024 : (int) Math.min(limit, declaredLength(declared)));
    boolean[] tooLarge = {false};
    request.handler(chunk -> {
      if (tooLarge[0]) {
        return;
      }
      if (body.length() + chunk.length() > limit) {
        tooLarge[0] = true;
        ctx.fail(ErrorType.PAYLOAD_TOO_LARGE.status());
        return;
      }
      body.appendBuffer(chunk);
    });
    request.endHandler(end -> {
      if (!tooLarge[0]) {
        decodeInto(body, request.formAttributes());
        ctx.next();
      }
    });
    request.exceptionHandler(failure -> {
      if (!tooLarge[0] && !ctx.failed()) {
        ctx.fail(failure);
      }
    });
    request.resume();
  }

  static void decodeInto(Buffer body, MultiMap form) {
    QueryStringDecoder decoder = new QueryStringDecoder(body.toString(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
        false, MAX_PARAMETERS);
    for (Map.Entry<String, List<String>> parameter : decoder.parameters().entrySet()) {
      form.add(parameter.getKey(), parameter.getValue());
    }
  }

  private static long declaredLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      throw new ApiException(ErrorType.BAD_REQUEST, "Content-Length is not a number");
    }
  }
}
