package org.sikiza.gateway.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.classifier.corpus.Corpus;
import org.sikiza.classifier.corpus.LabelledText;
import org.sikiza.classifier.corpus.LabelledTextReader;
import org.sikiza.classifier.corpus.Split;
import org.sikiza.classifier.evaluation.ClassifierEvaluation;
import org.sikiza.classifier.evaluation.EvaluationReport;
import org.sikiza.classifier.evaluation.EvaluationTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sikiza.jar evaluate}: scores the committed model on a labelled TSV file or on a split of
 * its own corpus and prints accuracy, macro-F1, per-class and per-language figures, confusions,
 * ECE and bootstrap intervals.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate the model on labelled data (labels<TAB>text or labels<TAB>lang<TAB>text).")
public final class EvaluateCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--data", paramLabel = "FILE.tsv", description = "Labelled TSV file.")
    Path data;

    @Option(names = "--split", paramLabel = "SPLIT",
        description = "A split of the corpus inside the jar: train, dev or test (test = the held-out figures).")
    String split;
  }

  @Override
  public Integer call() {
    try {
      List<LabelledText> data;
      String title;
      if (source.data != null) {
        try (InputStream in = Files.newInputStream(source.data)) {
          data = LabelledTextReader.read(in, source.data.getFileName().toString());
        }
        title = source.data.toString();
      } else {
        Split split = Split.valueOf(source.split.strip().toUpperCase(Locale.ROOT));
        data = Corpus.fromClasspath().split(split);
        title = "corpus " + split.name().toLowerCase(Locale.ROOT) + " split";
      }
      SikizaClassifier classifier = SikizaClassifier.loadDefault();
      if (source.split != null && !source.split.strip().equalsIgnoreCase("test")) {
        System.out.println("Note: the model was trained on " + classifier.modelMetadata().trainedOn()
            + "; figures on a split it was trained on are not held-out figures (use --split test).");
      }
      EvaluationReport report = ClassifierEvaluation.evaluate(classifier, data);
      System.out.println(EvaluationTable.render("Model " + classifier.modelVersion() + " on " + title, report));
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("sikiza evaluate: " + e.getMessage() + " (--split takes train, dev or test)");
      return 2;
    } catch (IOException | RuntimeException e) {
      System.err.println("sikiza evaluate: " + e.getMessage());
      return 1;
    }
  }
}
