package org.sikiza.classifier.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.sikiza.classifier.Classification;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.classifier.corpus.LabelledText;

/** Runs a {@link SikizaClassifier} over labelled messages and scores it with {@link Evaluator}. */
public final class ClassifierEvaluation {

  private ClassifierEvaluation() {
  }

  public static EvaluationReport evaluate(SikizaClassifier classifier, List<LabelledText> data) {
    List<ScoredPrediction> predictions = new ArrayList<>(data.size());
    for (LabelledText example : data) {
      Classification c = classifier.classify(example.text());
      predictions.add(new ScoredPrediction(c.labels(), c.scores().get(c.labels().get(0)), c.review()));
    }
    return Evaluator.evaluate(data, predictions);
  }
}
