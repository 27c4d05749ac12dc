package org.sikiza.gateway.classify;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.sikiza.classifier.Classification;
import org.sikiza.classifier.county.CountyMatch;

/** The JSON form of a classification, shared by {@code /api/classify}: id, labels, scores, language, county, review. */
public final class ClassificationJson {

  private ClassificationJson() {
  }

  public static JsonObject of(Object id, Classification classification) {
    JsonObject scores = new JsonObject();
    classification.scores().forEach(scores::put);
    return new JsonObject()
        .put("id", id)
        .put("labels", new JsonArray(classification.labels()))
        .put("scores", scores)
        .put("language", classification.language())
        .put("county", classification.county().map(CountyMatch::county).orElse(null))
        .put("review", classification.review())
        .put("model_version", classification.modelVersion());
  }
}
