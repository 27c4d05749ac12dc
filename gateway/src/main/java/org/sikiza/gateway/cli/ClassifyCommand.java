package org.sikiza.gateway.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.classifier.batch.JsonLinesClassifier;
import picocli.CommandLine.Command;

/**
 * {@code sikiza.jar classify}: JSON lines in on stdin ({@code {"id": ..., "text": ...}}), one JSON
 * line out per input on stdout with labels, all 18 scores, language, county and review. Bad lines
 * get an {@code error} field and the rest still run. No database needed.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Classify JSON lines {\"id\", \"text\"} from stdin; one JSON line per input on stdout.")
public final class ClassifyCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    try {
      SikizaClassifier classifier = SikizaClassifier.loadDefault();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      JsonLinesClassifier.Summary summary = new JsonLinesClassifier(classifier).run(in, out);
      System.err.printf("sikiza classify: %d classified, %d failed, model %s%n",
          summary.classified(), summary.failed(), classifier.modelVersion());
      return 0;
    } catch (IOException | RuntimeException e) {
      System.err.println("sikiza classify: " + e.getMessage());
      return 1;
    }
  }
}
