package org.sikiza.classifier.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.sikiza.classifier.Classification;
import org.sikiza.classifier.SikizaClassifier;

/**
 * Classifies JSON lines: reads {@code {"id": ..., "text": ...}} per line and writes one JSON line
 * per input, {@code {"id", "labels", "scores", "language", "county", "review"}}. A line that is not
 * such an object gets {@code {"id": ..., "error": "..."}} and processing continues, so one bad
 * record never loses the rest of a batch.
 */
public final class JsonLinesClassifier {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SikizaClassifier classifier;

  public JsonLinesClassifier(SikizaClassifier classifier) {
    this.classifier = classifier;
  }

  /** Counts of a run. */
  public record Summary(int classified, int failed) {
  }

  public Summary run(BufferedReader in, Writer out) throws IOException {
    int classified = 0;
    int failed = 0;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      ObjectNode result = classifyLine(line);
      if (result.has("error")) {
        failed++;
      } else {
        classified++;
      }
      out.write(JSON.writeValueAsString(result));
      out.write('\n');
    }
    out.flush();
    return new Summary(classified, failed);
  }

  ObjectNode classifyLine(String line) {
    JsonNode input;
    try {
      input = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return error(null, "not valid JSON: " + e.getOriginalMessage());
    }
    if (input == null || !input.isObject()) {
      return error(null, "expected a JSON object with \"id\" and \"text\"");
    }
    JsonNode id = input.get("id");
    JsonNode text = input.get("text");
    if (text == null || !text.isTextual()) {
      return error(id, "missing string field \"text\"");
    }
    Classification c = classifier.classify(text.asText());
    ObjectNode out = JSON.createObjectNode();
    out.set("id", id);
    ArrayNode labels = out.putArray("labels");
    c.labels().forEach(labels::add);
    ObjectNode scores = out.putObject("scores");
    for (Map.Entry<String, Double> score : c.scores().entrySet()) {
      // Four decimals, written plainly (0.0007, not 7.0E-4) for people reading the output.
      scores.put(score.getKey(), BigDecimal.valueOf(score.getValue()).setScale(4, RoundingMode.HALF_UP));
    }
    out.put("language", c.language());
    if (c.county().isPresent()) {
      out.put("county", c.county().get().county());
    } else {
      out.putNull("county");
    }
    out.put("review", c.review());
    return out;
  }

  private static ObjectNode error(JsonNode id, String message) {
    ObjectNode out = JSON.createObjectNode();
    out.set("id", id);
    out.put("error", message);
    return out;
  }
}
