package org.sikiza.gateway.classify;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * {@code POST /api/classify}: {@code {"id": …, "text": "…"}} in, the classifier's decision out, in the same
 * JSON as {@code sikiza.jar classify}. The model runs on a worker thread.
 */
public final class ClassifyHandler {

  static final int MAX_TEXT = 10_000;

  private final SikizaClassifier classifier;

  public ClassifyHandler(SikizaClassifier classifier) {
    this.classifier = classifier;
  }

  public void handle(RoutingContext ctx) {
    String contentType = Optional.ofNullable(ctx.request().getHeader("Content-Type")).orElse("");
    if (!contentType.toLowerCase().startsWith("application/json")) {
      throw new ApiException(ErrorType.UNSUPPORTED_MEDIA_TYPE, "send application/json: {\"text\": \"...\"}");
    }
    JsonObject request;
    try {
      request = ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      throw new ApiException(ErrorType.BAD_REQUEST, "the body is not a JSON object");
    }
    if (request == null) {
      throw new ApiException(ErrorType.BAD_REQUEST, "the body is empty; send {\"text\": \"...\"}");
    }
    Object text = request.getValue("text");
    if (!(text instanceof String value) || value.isBlank()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "text is required and must be a non-empty string",
          java.util.List.of("text is required"));
    }
    if (value.length() > MAX_TEXT) {
      throw new ApiException(ErrorType.BAD_REQUEST, "text is longer than " + MAX_TEXT + " characters");
    }
    Object id = request.getValue("id");
    ctx.vertx().executeBlocking(() -> ClassificationJson.of(id, classifier.classify(value)), false)
        .onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json").end(json.encode()))
        .onFailure(ctx::fail);
  }
}
