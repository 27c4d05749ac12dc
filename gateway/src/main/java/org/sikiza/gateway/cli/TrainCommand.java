package org.sikiza.gateway.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sikiza.classifier.corpus.Corpus;
import org.sikiza.classifier.evaluation.EvaluationTable;
import org.sikiza.classifier.model.CandidateScore;
import org.sikiza.classifier.model.ModelMetadata;
import org.sikiza.classifier.model.Trainer;
import org.sikiza.classifier.model.TrainerOptions;
import org.sikiza.classifier.model.TrainingResult;
import org.sikiza.classifier.text.TextNormaliser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sikiza.jar train}: retrains the SDG model from the corpus and writes
 * {@code sdg-doccat.bin} and {@code sdg-doccat.json}. Run from the repository root it reads and
 * writes the committed files, so the new model can be reviewed and committed.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Retrain the SDG model from the corpus; prints dev and held-out test figures.")
public final class TrainCommand implements Callable<Integer> {

  /** Where the corpus and the committed model live, relative to the repository root. */
  static final Path REPO_CORPUS = Path.of("classifier/src/main/resources/corpus");
  static final Path REPO_MODEL = Path.of("classifier/src/main/resources/model");

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus directory of *.tsv files (default: ${DEFAULT-VALUE} when it exists, else the corpus inside the jar).",
      defaultValue = "classifier/src/main/resources/corpus")
  Path corpusDirectory;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write sdg-doccat.bin and sdg-doccat.json (default: ${DEFAULT-VALUE} when it exists, else ./model).",
      defaultValue = "classifier/src/main/resources/model")
  Path outputDirectory;

  @Override
  public Integer call() {
    try {
      if (!Files.isDirectory(corpusDirectory) && !corpusDirectory.equals(REPO_CORPUS)) {
        System.err.println("sikiza train: no corpus directory " + corpusDirectory.toAbsolutePath());
        return 2;
      }
      Corpus corpus = Files.isDirectory(corpusDirectory) ? Corpus.fromDirectory(corpusDirectory) : Corpus.fromClasspath();
      String source = Files.isDirectory(corpusDirectory) ? corpusDirectory.toString() : "the jar (classpath corpus/)";
      // Outside a checkout the default output folder does not exist: write next to the caller instead.
      Path out = outputDirectory.equals(REPO_MODEL) && !Files.isDirectory(REPO_MODEL.getParent())
          ? Path.of("model") : outputDirectory;
      System.out.printf("Training on %,d messages from %s ...%n", corpus.examples().size(), source);
      long start = System.nanoTime();
      TrainingResult result = new Trainer(TextNormaliser.standard(), TrainerOptions.standard()).train(corpus);
      result.artifact().writeTo(out);
      ModelMetadata metadata = result.artifact().metadata();
      System.out.printf("Trained %s in %.0f s; written to %s%n%n", metadata.modelVersion(),
          (System.nanoTime() - start) / 1e9, out.toAbsolutePath());
      System.out.println("Model selection on the dev split (best first):");
      for (CandidateScore candidate : metadata.selection()) {
        System.out.printf(Locale.ROOT, "  %-32s accuracy %.3f  macro-F1 %.3f  NLL %.3f%n", candidate.settings(),
            candidate.devAccuracy(), candidate.devMacroF1(), candidate.devNegativeLogLikelihood());
      }
      System.out.printf(Locale.ROOT, "Chosen: %s %s, trained on %s; temperature %.3f, review below %.2f%n%n",
          metadata.algorithm(), metadata.parameters(), metadata.trainedOn(), metadata.policy().temperature(),
          metadata.policy().reviewThreshold());
      System.out.println(EvaluationTable.render("Dev split (selection model, trained on train only)", result.dev()));
      if (result.test() != null) {
        System.out.println(EvaluationTable.render("Held-out test split (saved model)", result.test()));
      }
      return 0;
    } catch (RuntimeException e) {
      System.err.println("sikiza train: " + e.getMessage());
      return 1;
    }
  }
}
