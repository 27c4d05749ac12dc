package org.sikiza.classifier.county;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on {@code county-mentions.tsv}: several hundred place mentions in English,
 * Swahili and Sheng, about 40% of them traps that must give no county.
 */
class CountyResolverAccuracyTest {

  @Test
  void precisionAndRecallOnThePlaceMentionSet() throws IOException {
    CountyResolver resolver = CountyResolver.standard();
    int lines = 0;
    int expectedCounties = 0;
    int predicted = 0;
    int correct = 0;
    List<String> mistakes = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getClassLoader().getResourceAsStream("county-mentions.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        String expected = columns[0];
        String actual = resolver.resolve(columns[1]).map(CountyMatch::county).orElse("-");
        lines++;
        expectedCounties += expected.equals("-") ? 0 : 1;
        if (!actual.equals("-")) {
          predicted++;
          correct += actual.equals(expected) ? 1 : 0;
        }
        if (!actual.equals(expected)) {
          mistakes.add(expected + " -> " + actual + " : " + columns[1]);
        }
      }
    }
    double precision = (double) correct / predicted;
    double recall = (double) correct / expectedCounties;
    String report = String.format("precision %.3f, recall %.3f on %d lines; mistakes:%n%s",
        precision, recall, lines, String.join("\n", mistakes));
    assertTrue(lines >= 300, "test set too small: " + lines);
    assertTrue(precision >= 0.95, report);
    assertTrue(recall >= 0.90, report);
  }
}
