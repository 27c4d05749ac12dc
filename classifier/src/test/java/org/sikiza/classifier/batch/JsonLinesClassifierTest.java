package org.sikiza.classifier.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sikiza.classifier.SikizaClassifier;

class JsonLinesClassifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void oneOutputLinePerInputAndBadLinesDoNotStopTheRun() throws Exception {
    String input = String.join("\n",
        "{\"id\": 1, \"text\": \"Hakuna maji Kisumu\"}",
        "not json",
        "{\"id\": \"b\", \"body\": \"no text field\"}",
        "",
        "{\"id\": 3, \"text\": \"Please play my song\"}");
    StringWriter out = new StringWriter();
    JsonLinesClassifier.Summary summary = new JsonLinesClassifier(SikizaClassifier.loadDefault())
        .run(new BufferedReader(new StringReader(input)), out);
    assertEquals(new JsonLinesClassifier.Summary(2, 2), summary);

    String[] lines = out.toString().split("\n");
    assertEquals(4, lines.length);
    JsonNode first = JSON.readTree(lines[0]);
    assertEquals(1, first.get("id").asInt());
    assertEquals(18, first.get("scores").size());
    assertTrue(first.get("labels").isArray());
    assertEquals("kisumu", first.get("county").asText());
    assertTrue(first.get("review").isBoolean());
    assertEquals("swa", first.get("language").asText());

    assertTrue(JSON.readTree(lines[1]).get("error").asText().contains("not valid JSON"));
    JsonNode missing = JSON.readTree(lines[2]);
    assertEquals("b", missing.get("id").asText());
    assertTrue(missing.get("error").asText().contains("text"));

    JsonNode last = JSON.readTree(lines[3]);
    assertEquals(3, last.get("id").asInt());
    assertTrue(last.get("county").isNull());
  }
}
